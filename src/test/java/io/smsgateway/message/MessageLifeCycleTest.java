package io.smsgateway.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsgateway.account.Account;
import io.smsgateway.account.Role;
import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.kernel.SmsText;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The transition table of a message, and the events that move it, without a database. */
class MessageLifeCycleTest {

    private static Message message(Instant scheduleAt) {
        Account owner = new Account("acme", "hash", Set.of(Role.USER), null);
        SendCommand command = new SendCommand(owner, owner, "+393401234567", "Hello", Reference.NONE, null, null, null, null,
                SendCommand.Options.single(scheduleAt, false, false));
        return new Message(UUID.randomUUID(), command, "+393401234567", SmsText.of("Hello"), "carrier-a");
    }

    @Test
    void finalStatusesGoNowhereAndEveryOtherHasAWayOut() {
        for (MessageStatus status : MessageStatus.values()) {
            boolean anyNext = EnumSet.allOf(MessageStatus.class).stream().anyMatch(status::canMoveTo);
            assertEquals(!status.isFinal(), anyNext, status.name());
        }
    }

    @Test
    void theTableAllowsTheRealPathsAndNothingElse() {
        assertTrue(MessageStatus.SCHEDULED.canMoveTo(MessageStatus.ACCEPTED));
        assertTrue(MessageStatus.SCHEDULED.canMoveTo(MessageStatus.CANCELLED));
        assertFalse(MessageStatus.SCHEDULED.canMoveTo(MessageStatus.DELIVERED), "a scheduled message was never sent");
        assertFalse(MessageStatus.ACCEPTED.canMoveTo(MessageStatus.SUBMITTED), "only a claimed message is submitted");
        assertTrue(MessageStatus.QUEUED.canMoveTo(MessageStatus.UNCERTAIN));
        assertFalse(MessageStatus.QUEUED.canMoveTo(MessageStatus.DELIVERED), "a receipt needs a submission");
        assertTrue(MessageStatus.UNCERTAIN.canMoveTo(MessageStatus.DELIVERED));
        assertTrue(MessageStatus.UNCERTAIN.canMoveTo(MessageStatus.QUEUED));
        assertTrue(MessageStatus.UNCERTAIN.canMoveTo(MessageStatus.UNKNOWN));
        assertFalse(MessageStatus.SUBMITTED.canMoveTo(MessageStatus.QUEUED), "a submitted message is never sent again");
        assertFalse(MessageStatus.SUBMITTED.canMoveTo(MessageStatus.UNKNOWN));
        assertFalse(MessageStatus.DELIVERED.canMoveTo(MessageStatus.UNDELIVERED));
    }

    @Test
    void anIllegalMoveThrowsAndAFinalStatusIgnoresLateReports() {
        Message scheduled = message(Instant.now().plusSeconds(3600));
        assertThrows(IllegalStateException.class, () -> scheduled.moveTo(MessageStatus.DELIVERED, "forged"));
        assertEquals(MessageStatus.SCHEDULED, scheduled.getStatus());

        Message sent = message(null);
        sent.claim("d#1", Instant.now().plusSeconds(60));
        sent.submitted("carrier-a", "42");
        sent.moveTo(MessageStatus.DELIVERED, "receipt");
        assertEquals(Optional.empty(), sent.moveTo(MessageStatus.UNDELIVERED, "a later receipt"));
        assertEquals(MessageStatus.DELIVERED, sent.getStatus());
    }

    @Test
    void aScheduledMessageIsNeverClaimedBeforeItIsReleasedEvenOnceItsTimeHasCome() {
        Instant at = Instant.now().plusSeconds(60);
        Message scheduled = message(at);
        assertFalse(scheduled.isClaimable(at.plusSeconds(3600)));
        scheduled.release();
        assertTrue(scheduled.isClaimable(Instant.now().plusMillis(1)));
    }

    @Test
    void aClaimFencesItsChangesAndAnotherClaimTakesTheMessageOnlyWhenNoIntentIsRecorded() {
        Message message = message(null);
        Instant now = Instant.now();
        assertTrue(message.isClaimable(now));
        message.claim("d#1", now.minusSeconds(1));
        assertTrue(message.holdsLease("d#1"));
        assertFalse(message.holdsLease("d#2"));
        message.intendSubmissionTo("carrier-a");
        assertFalse(message.isClaimable(now), "its lease ran out, but it may be at the carrier");
        message.uncertain("carrier-a", "dispatcher stopped");
        assertEquals(MessageStatus.UNCERTAIN, message.getStatus());
        assertFalse(message.holdsLease("d#1"), "the claim ended with the uncertainty");
        assertEquals(Optional.of("SUBMIT_OUTCOME_UNKNOWN"), message.getErrorCode());
    }

    @Test
    void anUncertainMessageIsSentAgainAtMostOnce() {
        Message message = message(null);
        message.claim("d#1", Instant.now().plusSeconds(60));
        message.uncertain("carrier-a", "no submit_sm_resp");
        assertTrue(message.resendAfterUncertainty().isPresent());
        assertEquals(MessageStatus.QUEUED, message.getStatus());
        assertTrue(message.isClaimable(Instant.now().plusSeconds(1)));
        message.claim("d#2", Instant.now().plusSeconds(60));
        message.uncertain("carrier-a", "no submit_sm_resp again");
        assertEquals(Optional.empty(), message.resendAfterUncertainty(), "once only");
    }

    @Test
    void deliveryClearsTheErrorOfAnEarlierAttempt() {
        Message message = message(null);
        message.claim("d#1", Instant.now().plusSeconds(60));
        message.retryAt(Instant.now());
        message.recordError("PROVIDER_UNAVAILABLE", "carrier-a: not bound");
        message.claim("d#2", Instant.now().plusSeconds(60));
        message.submitted("carrier-a", "42");
        message.moveTo(MessageStatus.DELIVERED, "receipt");
        assertEquals(Optional.empty(), message.getErrorCode());
    }

    @Test
    void aMessageIsDueAtItsScheduledTimeNotItsAcceptance() {
        Instant at = Instant.now().plusSeconds(3 * 24 * 3600);
        assertEquals(at.toEpochMilli(), message(at).sendAt().toEpochMilli());
    }
}
