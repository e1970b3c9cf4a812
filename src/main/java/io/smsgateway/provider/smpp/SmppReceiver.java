package io.smsgateway.provider.smpp;

import io.smsgateway.kernel.Encoding;
import io.smsgateway.kernel.PhoneNumbers;
import io.smsgateway.kernel.WireEncoding;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.InboundSms;
import io.smsgateway.provider.ProviderEvents;
import io.smsgateway.provider.ProviderMessageIds;
import io.smsgateway.provider.ProviderMessageIds.ReceiptIdFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;

/**
 * Handles what the SMSC sends us: delivery receipts become {@link DeliveryReceipt}s, other
 * deliver_sm are inbound messages. Either is acknowledged only once stored; when storing fails it is
 * refused with a temporary error, so that the SMSC delivers it again. A receipt in an unknown format
 * is logged and acknowledged: refusing it would only make the SMSC send it again.
 */
final class SmppReceiver implements MessageReceiverListener {

    private static final Logger LOG = Logger.getLogger(SmppReceiver.class.getName());

    /** "ESME receiver temporary application error": the SMSC is to retry the delivery later. */
    private static final int ESME_RX_T_APPN = 0x64;

    private final String provider;
    private final ProviderEvents events;
    private final ReceiptIdFormat idFormat;

    SmppReceiver(String provider, ProviderEvents events, ReceiptIdFormat idFormat) {
        this.provider = provider;
        this.events = events;
        this.idFormat = idFormat;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if (deliverSm.isSmscDeliveryReceipt()) {
            Optional<DeliveryReceipt> receipt = readReceipt(deliverSm);
            if (receipt.isPresent()) {
                store(() -> events.receipt(receipt.get()), "delivery receipt");
            }
        } else {
            store(() -> onInbound(deliverSm), "inbound message");
        }
    }

    /** Not acknowledged: the SMSC keeps what it sent and delivers it again later. */
    private void store(Runnable reporting, String what) throws ProcessRequestException {
        try {
            reporting.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store a " + what + " from " + provider + "; refused with ESME_RX_T_APPN", e);
            throw new ProcessRequestException(what + " not stored", ESME_RX_T_APPN);
        }
    }

    /** A receipt that cannot be read is logged and acknowledged: sending it again would not make it readable. */
    private Optional<DeliveryReceipt> readReceipt(DeliverSm deliverSm) {
        String text = WireEncoding.decodeLatin1(deliverSm.getShortMessage() == null ? new byte[0] : deliverSm.getShortMessage());
        try {
            String receiptedId = null;
            Integer state = null;
            OptionalParameter id = deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
            if (id instanceof OptionalParameter.OctetString octets) {
                receiptedId = octets.getValueAsString().replace("\0", "");
            }
            OptionalParameter messageState = deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_STATE);
            if (messageState instanceof OptionalParameter.Byte value) {
                state = value.getValue() & 0xFF;
            }
            Optional<ReceiptParser.Parsed> parsed = ReceiptParser.parse(text, receiptedId, state);
            if (parsed.isEmpty()) {
                LOG.warning(() -> "Unrecognised delivery receipt from " + provider + ": " + text);
                return Optional.empty();
            }
            Optional<String> submitId = ProviderMessageIds.fromReceipt(parsed.get().messageId(), idFormat);
            if (submitId.isEmpty()) {
                LOG.warning(() -> "Delivery receipt from " + provider + " with an id that is not " + idFormat + ": " + text);
                return Optional.empty();
            }
            String recipient = deliverSm.getSourceAddr() == null || deliverSm.getSourceAddr().isBlank() ? null
                    : PhoneNumbers.withPlus(deliverSm.getSourceAddr());
            return Optional.of(new DeliveryReceipt(provider, submitId.get(), parsed.get().status().orElse(null), parsed.get().errorCode(),
                    recipient, text));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unreadable delivery receipt from " + provider + ": " + text, e);
            return Optional.empty();
        }
    }

    private void onInbound(DeliverSm deliverSm) {
        byte[] message = deliverSm.getShortMessage() == null ? new byte[0] : deliverSm.getShortMessage();
        Integer reference = null;
        Integer sequence = null;
        Integer total = null;
        boolean udh = (deliverSm.getEsmClass() & 0x40) != 0;
        if (udh && message.length > 0) {
            int headerLength = message[0] & 0xFF;
            if (headerLength >= 5 && message.length > headerLength && message[1] == 0x00) {
                reference = message[3] & 0xFF;
                total = message[4] & 0xFF;
                sequence = message[5] & 0xFF;
            } else if (headerLength >= 6 && message.length > headerLength && message[1] == 0x08) {
                reference = ((message[3] & 0xFF) << 8) | (message[4] & 0xFF);
                total = message[5] & 0xFF;
                sequence = message[6] & 0xFF;
            }
            message = Arrays.copyOfRange(message, Math.min(message.length, headerLength + 1), message.length);
        }
        int coding = deliverSm.getDataCoding() & 0xFF;
        String text = switch (coding & 0x0F) {
            case 0x08 -> WireEncoding.decode(message, Encoding.UCS2);
            case 0x03 -> WireEncoding.decodeLatin1(message);
            default -> (coding & 0x0C) == 0x08 ? WireEncoding.decode(message, Encoding.UCS2) : WireEncoding.decode(message, Encoding.GSM7);
        };
        events.inbound(new InboundSms(provider, PhoneNumbers.withPlus(deliverSm.getSourceAddr()),
                PhoneNumbers.withPlus(deliverSm.getDestAddress()), text, reference, sequence, total, Instant.now()));
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // nothing to do: the gateway does not park messages for absent subscribers itself
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not supported", 0x03);
    }
}
