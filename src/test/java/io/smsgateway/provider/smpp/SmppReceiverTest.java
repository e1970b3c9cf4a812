package io.smsgateway.provider.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.InboundSms;
import io.smsgateway.provider.ProviderEvents;
import io.smsgateway.provider.ProviderMessageIds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.ProcessRequestException;
import org.junit.jupiter.api.Test;

/** What the gateway answers the SMSC for each kind of deliver_sm, and what it reports to the core. */
class SmppReceiverTest {

    private static final byte SMSC_DELIVERY_RECEIPT = 0x04;
    private static final byte UDH_INDICATOR = 0x40;

    private final List<DeliveryReceipt> receipts = new ArrayList<>();
    private final List<InboundSms> inbound = new ArrayList<>();
    private boolean storageFails;

    private final SmppReceiver receiver = new SmppReceiver("smsc-a", new ProviderEvents() {
        @Override
        public void receipt(DeliveryReceipt receipt) {
            if (storageFails) {
                throw new IllegalStateException("database unavailable");
            }
            receipts.add(receipt);
        }

        @Override
        public void inbound(InboundSms sms) {
            if (storageFails) {
                throw new IllegalStateException("database unavailable");
            }
            inbound.add(sms);
        }
    }, ProviderMessageIds.ReceiptIdFormat.SAME);

    private static DeliverSm deliverSm(byte esmClass, byte[] shortMessage) {
        DeliverSm pdu = new DeliverSm();
        pdu.setEsmClass(esmClass);
        pdu.setSourceAddr("447700900001");
        pdu.setDestAddress("+447512345630");
        pdu.setDataCoding((byte) 0);
        pdu.setShortMessage(shortMessage);
        return pdu;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void anInboundMessageIsReportedWithInternationalNumbers() throws Exception {
        receiver.onAcceptDeliverSm(deliverSm((byte) 0, ascii("Hello there")));
        assertEquals(1, inbound.size());
        InboundSms sms = inbound.get(0);
        assertEquals("+447700900001", sms.source());
        assertEquals("+447512345630", sms.destination());
        assertEquals("Hello there", sms.text());
        assertNull(sms.totalParts());
    }

    @Test
    void aConcatenatedPartCarriesItsReferenceAndPosition() throws Exception {
        byte[] udh = {5, 0, 3, 77, 2, 1};
        byte[] text = ascii("First half, ");
        byte[] payload = new byte[udh.length + text.length];
        System.arraycopy(udh, 0, payload, 0, udh.length);
        System.arraycopy(text, 0, payload, udh.length, text.length);
        receiver.onAcceptDeliverSm(deliverSm(UDH_INDICATOR, payload));
        InboundSms part = inbound.get(0);
        assertEquals(77, part.concatReference());
        assertEquals(1, part.partNumber());
        assertEquals(2, part.totalParts());
        assertEquals("First half, ", part.text());
    }

    @Test
    void anInboundMessageThatCannotBeStoredIsRefusedSoTheSmscDeliversItAgain() {
        storageFails = true;
        ProcessRequestException refused = assertThrows(ProcessRequestException.class,
                () -> receiver.onAcceptDeliverSm(deliverSm((byte) 0, ascii("Stop"))));
        assertEquals(0x64, refused.getErrorCode(), "ESME_RX_T_APPN: temporary, deliver again later");
    }

    @Test
    void aReceiptIsReportedWithItsFinalStatus() throws Exception {
        String text = "id:0a1b2c sub:001 dlvrd:001 submit date:2611241200 done date:2611241201 stat:DELIVRD err:000 text:Hello";
        receiver.onAcceptDeliverSm(deliverSm(SMSC_DELIVERY_RECEIPT, ascii(text)));
        assertEquals(List.of(new DeliveryReceipt("smsc-a", "a1b2c", MessageStatus.DELIVERED, null, "+447700900001", text)), receipts,
                "err:000 is no error; the id in its canonical form, and the handset it is about");
        assertTrue(inbound.isEmpty());
    }

    @Test
    void aReceiptThatCannotBeStoredIsRefusedSoTheSmscDeliversItAgain() {
        storageFails = true;
        ProcessRequestException refused = assertThrows(ProcessRequestException.class, () -> receiver.onAcceptDeliverSm(
                deliverSm(SMSC_DELIVERY_RECEIPT, ascii("id:0a1b2c sub:001 dlvrd:001 submit date:2611241200 done date:2611241201 stat:DELIVRD err:000"))));
        assertEquals(0x64, refused.getErrorCode());
    }

    @Test
    void aReceiptInAnUnknownFormatIsAcknowledgedAndDropped() throws Exception {
        storageFails = true;
        receiver.onAcceptDeliverSm(deliverSm(SMSC_DELIVERY_RECEIPT, ascii("delivered, probably")));
        assertTrue(receipts.isEmpty());
        assertTrue(inbound.isEmpty());
    }
}
