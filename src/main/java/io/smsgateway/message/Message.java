package io.smsgateway.message;

import io.smsgateway.account.Account;
import io.smsgateway.account.Lra;
import io.smsgateway.kernel.Encoding;
import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.kernel.SmsText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * One SMS to one destination. The row is also the message's place in the dispatch queue: pending
 * rows carry their next attempt time and, while a dispatcher works on them, a lease.
 */
@Entity
@Table(name = "message")
public class Message {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_account_id")
    private Account owner;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sender_account_id")
    private Account sender;

    @ManyToOne
    @JoinColumn(name = "lra_id")
    private Lra lra;

    @Column(nullable = false)
    private String destination;

    private String originator;

    /** Null once the text must no longer be kept. */
    private String body;

    @Column(name = "body_hash", nullable = false)
    private String bodyHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Encoding encoding;

    @Column(nullable = false)
    private int segments;

    @Column(name = "reference_service")
    private String referenceService;

    @Column(name = "reference_action")
    private String referenceAction;

    @Column(name = "reference_key")
    private String referenceKey;

    @Column(name = "business_relation_id")
    private String businessRelationId;

    @Column(name = "webhook_url")
    private String webhookUrl;

    @Column(name = "webhook_auth_type")
    private String webhookAuthType;

    @Column(name = "webhook_auth_value")
    private String webhookAuthValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status;

    private String provider;

    @Column(name = "provider_message_id")
    private String providerMessageId;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "error_detail")
    private String errorDetail;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    /** The provider this claimed message is being handed to, recorded before the call (the submission intent). */
    @Column(name = "submitting_to")
    private String submittingTo;

    @Column(name = "uncertain_resends", nullable = false)
    private int uncertainResends;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "client_reference")
    private String clientReference;

    @Column(name = "campaign_id")
    private String campaignId;

    /** Assigned by the database on insert. */
    @Column(name = "numeric_id", insertable = false, updatable = false)
    private Long numericId;

    @Column(name = "keep_body", nullable = false)
    private boolean keepBody;

    @Version
    private long version;

    protected Message() {
    }

    Message(UUID id, SendCommand command, String destination, SmsText text, String provider) {
        this.id = id.toString();
        this.owner = command.owner();
        this.sender = command.sender();
        this.lra = command.owner().getLra().orElse(null);
        this.destination = destination;
        this.originator = command.originator() != null ? command.originator() : command.owner().getOriginator().orElse(null);
        this.body = text.text();
        this.bodyHash = hash(command.text());
        this.encoding = text.encoding();
        this.segments = text.segments();
        this.referenceService = command.reference().service();
        this.referenceAction = command.reference().action();
        this.referenceKey = command.reference().key();
        this.businessRelationId = command.businessRelationId();
        if (command.webhook() != null) {
            this.webhookUrl = command.webhook().url();
            this.webhookAuthType = command.webhook().authenticationType();
            this.webhookAuthValue = command.webhook().authenticationValue();
        }
        this.clientReference = command.clientReference();
        this.campaignId = command.options().campaignId();
        this.keepBody = command.options().keepBody();
        this.provider = provider;
        this.createdAt = Instant.now();
        this.statusAt = createdAt;
        this.scheduledAt = command.options().scheduleAt() == null ? null : command.options().scheduleAt().truncatedTo(ChronoUnit.MILLIS);
        this.status = scheduledAt == null ? MessageStatus.ACCEPTED : MessageStatus.SCHEDULED;
        // A scheduled message's next attempt is its scheduled time: the one index on (status, next attempt)
        // serves the scheduler as it serves the dispatcher, and a status change moves the message in one
        // index fewer. The dispatcher never claims a SCHEDULED message (isClaimable).
        this.nextAttemptAt = scheduledAt == null ? createdAt : scheduledAt;
    }

    static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public UUID getId() {
        return UUID.fromString(id);
    }

    public Account getOwner() {
        return owner;
    }

    public Account getSender() {
        return sender;
    }

    public Optional<Lra> getLra() {
        return Optional.ofNullable(lra);
    }

    public String getDestination() {
        return destination;
    }

    public Optional<String> getOriginator() {
        return Optional.ofNullable(originator);
    }

    public Optional<String> getBody() {
        return Optional.ofNullable(body);
    }

    public Encoding getEncoding() {
        return encoding;
    }

    public int getSegments() {
        return segments;
    }

    public Reference getReference() {
        return new Reference(referenceService, referenceAction, referenceKey);
    }

    public Optional<String> getBusinessRelationId() {
        return Optional.ofNullable(businessRelationId);
    }

    public Optional<WebhookTarget> getWebhook() {
        return webhookUrl == null ? Optional.empty()
                : Optional.of(new WebhookTarget(webhookUrl, webhookAuthType, webhookAuthValue));
    }

    public MessageStatus getStatus() {
        return status;
    }

    public Optional<String> getProvider() {
        return Optional.ofNullable(provider);
    }

    public Optional<String> getProviderMessageId() {
        return Optional.ofNullable(providerMessageId);
    }

    public Optional<String> getErrorCode() {
        return Optional.ofNullable(errorCode);
    }

    public Optional<String> getErrorDetail() {
        return Optional.ofNullable(errorDetail);
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStatusAt() {
        return statusAt;
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> getDoneAt() {
        return Optional.ofNullable(doneAt);
    }

    /** The first entry of the status history. */
    StatusChange acceptance() {
        return new StatusChange(this, status, scheduledAt == null ? null : "to be sent at " + scheduledAt, createdAt);
    }

    /** The REJECTED entry that follows the acceptance of a message whose recipient opted out. */
    Optional<StatusChange> refuseOptedOut() {
        recordError("OPTED_OUT", "the recipient opted out of this account's messages");
        return moveTo(MessageStatus.REJECTED, "recipient opted out");
    }

    /** When the message goes (or went) out: its scheduled time, or its acceptance. Its validity runs from here. */
    public Instant sendAt() {
        return scheduledAt != null ? scheduledAt : createdAt;
    }

    /**
     * Hands a scheduled message to the dispatcher; empty when it is no longer scheduled (cancelled, or
     * released elsewhere). A message whose account was disabled before its time is cancelled instead:
     * a disabled account sends nothing, and its owner learns so from the status.
     */
    public Optional<StatusChange> release() {
        if (status != MessageStatus.SCHEDULED) {
            return Optional.empty();
        }
        if (!owner.isEnabled()) {
            recordError("ACCOUNT_DISABLED", "the account was disabled before the message's scheduled time");
            return moveTo(MessageStatus.CANCELLED, "not sent: the account is disabled");
        }
        this.nextAttemptAt = Instant.now();
        return moveTo(MessageStatus.ACCEPTED, "scheduled time reached");
    }

    public Optional<Instant> getScheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    /** The message's integer alias; present once the row has been read back from the database. */
    public Optional<Long> getNumericId() {
        return Optional.ofNullable(numericId);
    }

    public Optional<String> getClientReference() {
        return Optional.ofNullable(clientReference);
    }

    /**
     * Moves to a new status and returns the history entry to store, or empty when nothing changes. A
     * final status never changes (a late report is ignored); any other move outside
     * {@link MessageStatus#canMoveTo} is a programming error and throws.
     */
    public Optional<StatusChange> moveTo(MessageStatus newStatus, String detail) {
        if (status.isFinal() || newStatus == status) {
            return Optional.empty();
        }
        if (!status.canMoveTo(newStatus)) {
            throw new IllegalStateException("message " + id + " cannot move from " + status + " to " + newStatus);
        }
        Instant now = Instant.now();
        this.status = newStatus;
        this.statusAt = now;
        if (newStatus == MessageStatus.SUBMITTED) {
            this.submittedAt = now;
        }
        if (newStatus == MessageStatus.SUBMITTED || newStatus == MessageStatus.DELIVERED) {
            // Errors of earlier attempts stay in the history; the message itself is fine now.
            this.errorCode = null;
            this.errorDetail = null;
        }
        if (newStatus.isFinal()) {
            this.doneAt = now;
            if (!keepBody) {
                this.body = null;
            }
            this.nextAttemptAt = null;
            this.leaseOwner = null;
            this.leaseUntil = null;
            this.submittingTo = null;
        }
        return Optional.of(new StatusChange(this, newStatus, detail, now));
    }

    /** The provider took it: its first part's id, and the end of the dispatcher's lease. */
    public Optional<StatusChange> submitted(String provider, String providerMessageId) {
        this.provider = provider;
        this.providerMessageId = providerMessageId;
        endLease();
        this.nextAttemptAt = null;
        return moveTo(MessageStatus.SUBMITTED, "accepted by " + provider);
    }

    /**
     * The provider may or may not have it (its answer never came): it is not sent anywhere else; a
     * receipt, or the provider's uncertain-outcome policy, settles it.
     */
    public Optional<StatusChange> uncertain(String provider, String reason) {
        this.provider = provider;
        endLease();
        this.nextAttemptAt = null;
        recordError("SUBMIT_OUTCOME_UNKNOWN", reason);
        return moveTo(MessageStatus.UNCERTAIN, provider + ": " + reason);
    }

    /** The "resend once" policy: an uncertain message goes back to the queue, at most once in its life. */
    public Optional<StatusChange> resendAfterUncertainty() {
        if (status != MessageStatus.UNCERTAIN || uncertainResends > 0) {
            return Optional.empty();
        }
        uncertainResends++;
        this.nextAttemptAt = Instant.now();
        return moveTo(MessageStatus.QUEUED, "sent again once: the outcome of the earlier submission never became known");
    }

    public boolean wasResentAfterUncertainty() {
        return uncertainResends > 0;
    }

    /** The lease a claim gave this dispatcher still stands: nobody else claimed the message since. */
    public boolean holdsLease(String lease) {
        return lease != null && lease.equals(leaseOwner);
    }

    /** Recorded before the provider is called, so that after a crash the gateway knows the message may be at the carrier. */
    public void intendSubmissionTo(String provider) {
        this.submittingTo = provider;
    }

    public Optional<String> getSubmittingTo() {
        return Optional.ofNullable(submittingTo);
    }

    private void endLease() {
        this.leaseOwner = null;
        this.leaseUntil = null;
        this.submittingTo = null;
    }

    public void recordError(String code, String detail) {
        this.errorCode = code;
        this.errorDetail = detail;
    }

    /** Gives the message back to the queue for another attempt at the given time. */
    public void retryAt(Instant when) {
        this.attempts++;
        this.nextAttemptAt = when;
        endLease();
    }

    /** Whether a dispatcher may take this message now: pending, due, and not leased to anyone. */
    public boolean isClaimable(Instant now) {
        return (status == MessageStatus.ACCEPTED || status == MessageStatus.QUEUED)
                && submittingTo == null
                && nextAttemptAt != null && !nextAttemptAt.isAfter(now)
                && (leaseUntil == null || leaseUntil.isBefore(now));
    }

    /** Leases the message to one dispatcher's claim; {@code lease} fences every later change of that claim. */
    public Optional<StatusChange> claim(String lease, Instant until) {
        this.leaseOwner = lease;
        this.leaseUntil = until;
        return moveTo(MessageStatus.QUEUED, null);
    }

    public Optional<Instant> getLeaseUntil() {
        return Optional.ofNullable(leaseUntil);
    }

    public void countAttempt() {
        this.attempts++;
    }
}
