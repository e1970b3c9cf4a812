package io.smsgateway.dispatch;

import io.smsgateway.provider.OutboundSms;
import java.time.Instant;

/**
 * A claimed message, ready to hand to a provider: what to send, where it was routed, how often it was
 * tried, and when it became due (its scheduled time, or its acceptance), from which its validity runs.
 */
record Dispatchable(OutboundSms sms, String routedProvider, int attempts, Instant dueAt) {
}
