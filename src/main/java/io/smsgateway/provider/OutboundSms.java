package io.smsgateway.provider;

import io.smsgateway.kernel.SmsText;
import java.util.UUID;

/** What a provider needs to send one message; {@code originator} null means the provider's default. */
public record OutboundSms(UUID messageId, String destination, String originator, SmsText text) {

    @Override
    public String toString() {
        // the text stays out of logs
        return "OutboundSms[" + messageId + " to " + destination + ", " + text.segments() + " segment(s)]";
    }
}
