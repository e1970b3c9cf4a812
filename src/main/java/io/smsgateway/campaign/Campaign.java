package io.smsgateway.campaign;

import io.smsgateway.account.Account;
import io.smsgateway.shared.StateConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** One text (a template with per-recipient fields) sent to many recipients, paced by the gateway. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String name;

    @Column(nullable = false)
    private String template;

    @Column(nullable = false)
    private String originator;

    @Column(name = "client_reference")
    private String clientReference;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "exclude_optouts", nullable = false)
    private boolean excludeOptouts;

    @Column(name = "shorten_urls", nullable = false)
    private boolean shortenUrls;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status;

    @Column(name = "total_recipients", nullable = false)
    private int totalRecipients;

    @Column(name = "invalid_recipients", nullable = false)
    private int invalidRecipients;

    /** The last line of the upload: recipients are numbered by their line, in ascending order. */
    @Column(name = "last_line", nullable = false)
    private int lastLine;

    /** Every line up to this one has been released, or refused; the next release starts after it. */
    @Column(name = "released_through", nullable = false)
    private int releasedThrough;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Why the gateway paused the campaign; null when it runs, or when its owner paused it. */
    @Column(name = "pause_reason")
    private String pauseReason;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(Account account, CampaignDraft draft) {
        this.id = UUID.randomUUID().toString();
        this.account = account;
        this.name = draft.name();
        this.template = draft.template();
        this.originator = draft.originator();
        this.clientReference = draft.clientReference();
        this.scheduledAt = draft.scheduleAt() == null ? null : draft.scheduleAt().truncatedTo(ChronoUnit.MILLIS);
        this.excludeOptouts = draft.excludeOptouts();
        this.shortenUrls = draft.shortenUrls();
        this.createdAt = Instant.now();
        this.status = scheduledAt == null ? CampaignStatus.RUNNING : CampaignStatus.SCHEDULED;
        this.startedAt = scheduledAt == null ? createdAt : null;
    }

    public UUID getId() {
        return UUID.fromString(id);
    }

    public Account getAccount() {
        return account;
    }

    public Optional<String> getName() {
        return Optional.ofNullable(name);
    }

    public String getTemplate() {
        return template;
    }

    public String getOriginator() {
        return originator;
    }

    public Optional<String> getClientReference() {
        return Optional.ofNullable(clientReference);
    }

    public Optional<Instant> getScheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    public boolean isExcludeOptouts() {
        return excludeOptouts;
    }

    public boolean isShortenUrls() {
        return shortenUrls;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public int getTotalRecipients() {
        return totalRecipients;
    }

    public int getInvalidRecipients() {
        return invalidRecipients;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** When it starts (or started) sending. */
    public Instant sendAt() {
        return scheduledAt != null ? scheduledAt : createdAt;
    }

    void countRecipients(int total, int invalid, int lastLine) {
        this.totalRecipients = total;
        this.invalidRecipients = invalid;
        this.lastLine = lastLine;
    }

    /** The lines the next release step looks at: at most {@code count} after those already released. */
    Lines nextLines(int count) {
        return new Lines(releasedThrough + 1, (int) Math.min(lastLine, (long) releasedThrough + count));
    }

    /** The step over these lines is done: each of its recipients was released or refused. */
    void released(Lines lines) {
        releasedThrough = Math.max(releasedThrough, lines.last());
    }

    /** Whether lines remain that no release step has looked at. */
    boolean hasUnreleasedLines() {
        return releasedThrough < lastLine;
    }

    /** Lines {@code first} to {@code last}, both included; empty when {@code last < first}. */
    record Lines(int first, int last) {
    }

    void refuseMoreRecipients(int count) {
        this.invalidRecipients += count;
    }

    /** Starts a scheduled campaign whose time has come; false when it is not waiting to start. */
    boolean start(Instant now) {
        if (status != CampaignStatus.SCHEDULED || (scheduledAt != null && scheduledAt.isAfter(now))) {
            return false;
        }
        status = CampaignStatus.RUNNING;
        startedAt = now;
        return true;
    }

    void pause() {
        requireOneOf("paused", CampaignStatus.SCHEDULED, CampaignStatus.RUNNING);
        status = CampaignStatus.PAUSED;
    }

    /** Paused by the gateway rather than by its owner, who resumes it once the reason is gone. */
    void pauseBecause(String reason) {
        pause();
        pauseReason = reason;
    }

    public Optional<String> getPauseReason() {
        return Optional.ofNullable(pauseReason);
    }

    void resume(Instant now) {
        requireOneOf("resumed", CampaignStatus.PAUSED);
        if (!account.isEnabled()) {
            throw new StateConflictException("campaign " + id + " cannot be resumed: its account is disabled");
        }
        pauseReason = null;
        if (scheduledAt != null && scheduledAt.isAfter(now)) {
            status = CampaignStatus.SCHEDULED;
        } else {
            status = CampaignStatus.RUNNING;
            if (startedAt == null) {
                startedAt = now;
            }
        }
    }

    void cancel() {
        requireOneOf("cancelled", CampaignStatus.SCHEDULED, CampaignStatus.RUNNING, CampaignStatus.PAUSED);
        status = CampaignStatus.CANCELLED;
        finishedAt = Instant.now();
    }

    void complete() {
        if (status == CampaignStatus.RUNNING) {
            status = CampaignStatus.COMPLETED;
            finishedAt = Instant.now();
        }
    }

    private void requireOneOf(String action, CampaignStatus... allowed) {
        for (CampaignStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new StateConflictException("campaign " + id + " is " + status + " and cannot be " + action);
    }
}
