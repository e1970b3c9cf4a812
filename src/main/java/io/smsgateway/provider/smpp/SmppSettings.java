package io.smsgateway.provider.smpp;

import io.smsgateway.provider.ProviderDefinition;
import io.smsgateway.provider.ProviderMessageIds.ReceiptIdFormat;
import io.smsgateway.shared.InvalidInputException;
import java.util.Locale;

/**
 * Connection settings of an SMPP provider, from its definition's settings:
 * {@code host}, {@code port}, {@code systemId}, {@code password} (required), {@code systemType},
 * {@code bindType} (TRX, or TX_RX for a transmitter plus a receiver), {@code sourceAddress} (default
 * originator), {@code window} (submits awaiting their response at once), {@code enquireLinkSeconds},
 * {@code responseTimeoutMillis} (the transaction timer), {@code bindTimeoutMillis},
 * {@code reconnectMaxSeconds}, {@code throttleRetries}, {@code throttleBackoffMillis},
 * {@code receiptIdFormat} (same | decimal-in-receipts | hex-in-receipts: how the SMSC writes ids in
 * its receipts compared with its {@code submit_sm_resp}), {@code querySmAfterSeconds} (ask the SMSC with
 * {@code query_sm} for a part whose receipt has not come this long after it was taken, and again
 * after as long each time; 0, the default, never asks: not every SMSC supports it).
 */
public record SmppSettings(
        String host,
        int port,
        String systemId,
        String password,
        String systemType,
        boolean separateReceiver,
        String sourceAddress,
        int window,
        int enquireLinkSeconds,
        int responseTimeoutMillis,
        int bindTimeoutMillis,
        int reconnectMaxSeconds,
        int throttleRetries,
        int throttleBackoffMillis,
        ReceiptIdFormat receiptIdFormat,
        int querySmAfterSeconds) {

    public static SmppSettings of(ProviderDefinition definition) {
        String bindType = definition.setting("bindType", "TRX").toUpperCase(Locale.ROOT);
        if (!bindType.equals("TRX") && !bindType.equals("TX_RX")) {
            throw new InvalidInputException("bindType must be TRX or TX_RX");
        }
        int port = definition.intSetting("port", 2775);
        if (port < 1 || port > 65535) {
            throw new InvalidInputException("port must be 1 to 65535");
        }
        return new SmppSettings(
                definition.requiredSetting("host"),
                port,
                definition.requiredSetting("systemId"),
                definition.requiredSetting("password"),
                definition.setting("systemType", ""),
                bindType.equals("TX_RX"),
                definition.setting("sourceAddress", null),
                Math.max(1, definition.intSetting("window", 10)),
                Math.max(1, definition.intSetting("enquireLinkSeconds", 30)),
                Math.max(100, definition.intSetting("responseTimeoutMillis", 10_000)),
                Math.max(100, definition.intSetting("bindTimeoutMillis", 10_000)),
                Math.max(1, definition.intSetting("reconnectMaxSeconds", 60)),
                Math.max(0, definition.intSetting("throttleRetries", 5)),
                Math.max(10, definition.intSetting("throttleBackoffMillis", 1_000)),
                receiptIdFormat(definition.setting("receiptIdFormat", "same")),
                Math.max(0, definition.intSetting("querySmAfterSeconds", 0)));
    }

    private static ReceiptIdFormat receiptIdFormat(String setting) {
        try {
            return ReceiptIdFormat.of(setting);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "SmppSettings[" + systemId + "@" + host + ":" + port + (separateReceiver ? " TX+RX" : " TRX") + "]";
    }
}
