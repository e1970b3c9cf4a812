package io.smsgateway.dispatch;

import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.kernel.SmsText;
import io.smsgateway.message.Message;
import io.smsgateway.message.MessageStatusChanged;
import io.smsgateway.message.StatusChange;
import io.smsgateway.persistence.InLists;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.OutboundSms;
import io.smsgateway.provider.ProviderMessageIds;
import io.smsgateway.provider.SubmitOutcome;
import io.smsgateway.work.LeaseQueue;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The message table seen as a queue, and the receipts that settle it. Each method is one short
 * transaction (a stateless EJB, so that it runs with a proper component context on the managed
 * threads of the dispatcher), except the lease of a message being stored, which joins the storing
 * transaction; no row lock is held while a provider is called.
 *
 * <p>A claim is a lease with a token of its own; every later change of a claimed message is fenced
 * by that token, so a dispatcher that lost its claim changes nothing. Before a provider is called,
 * the claim records which provider it is handing the message to (the intent). A message whose lease
 * runs out with an intent recorded may be at the carrier: it becomes {@code UNCERTAIN} and is never
 * simply claimed and sent again.
 */
@Stateless
public class DispatchQueue {

    private static final Logger LOG = Logger.getLogger(DispatchQueue.class.getName());
    private static final AtomicLong CLAIMS = new AtomicLong();
    private static final LeaseQueue<Message> MESSAGES = new LeaseQueue<>(Message.class, message -> message.getId().toString());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MessageStatusChanged> statusChanged;

    /**
     * One message leased to one dispatcher; {@code lease} fences what that dispatcher may change.
     * {@code message} is what to send, read in the claiming transaction (null when its text was erased).
     */
    public record Claim(UUID id, String lease, Dispatchable message) {
    }

    /** Leases up to {@code max} due messages to {@code owner}. Safe with several instances on one database. */
    public List<Claim> claim(int max, String owner, Duration lease) {
        Instant now = Instant.now();
        List<Claim> claimed = new ArrayList<>();
        for (Message message : MESSAGES.locked(em, dueIds(now, max), m -> m.isClaimable(now))) {
            claimed.add(lease(message, owner, now.plus(lease)));
        }
        return claimed;
    }

    /**
     * The ids of at most {@code max} due messages, longest due first: one query per pending status,
     * ordered by status and due time as the index is, so that it is read from its start and stops at
     * {@code max}. Ordered by due time alone, or over both statuses at once, every pending message is
     * sorted on each claim (H2 uses an index for an order only from its first column), and under load
     * thousands are pending.
     */
    private List<String> dueIds(Instant now, int max) {
        List<Object[]> due = new ArrayList<>();
        for (MessageStatus pending : MessageStatus.WAITING) {
            due.addAll(em.createQuery("select m.id, m.nextAttemptAt from Message m where m.status = :pending "
                            + "and m.nextAttemptAt <= :now and (m.leaseUntil is null or m.leaseUntil < :now) and m.submittingTo is null "
                            + "order by m.status, m.nextAttemptAt", Object[].class)
                    .setParameter("pending", pending)
                    .setParameter("now", now)
                    .setMaxResults(max)
                    .getResultList());
        }
        return due.stream()
                .sorted(Comparator.comparing(row -> (Instant) row[1]))
                .limit(max)
                .map(row -> (String) row[0])
                .toList();
    }

    /**
     * Leases a message being stored in the current transaction to {@code owner} at once, which saves
     * it a claim of its own; empty when it is not due yet. The lease takes effect with the commit.
     */
    public Optional<Claim> claimStored(Message message, String owner, Duration lease) {
        Instant now = Instant.now();
        return message.isClaimable(now) ? Optional.of(lease(message, owner, now.plus(lease))) : Optional.empty();
    }

    private Claim lease(Message message, String owner, Instant until) {
        String token = owner + "#" + CLAIMS.incrementAndGet();
        message.claim(token, until).ifPresent(change -> record(message, change));
        return new Claim(message.getId(), token, dispatchable(message));
    }

    private static Dispatchable dispatchable(Message message) {
        if (message.getBody().isEmpty()) {
            return null;
        }
        OutboundSms sms = new OutboundSms(message.getId(), message.getDestination(),
                message.getOriginator().orElse(null), SmsText.of(message.getBody().get()));
        return new Dispatchable(sms, message.getProvider().orElse(null), message.getAttempts(), message.sendAt());
    }

    /** What dispatch learns and must write down: an intent, a provider's answer or a receipt. */
    public sealed interface Entry permits Intent, Submission, ReceiptArrived {
    }

    /** A claim about to hand its message to a provider. */
    public record Intent(Claim claim, String provider) implements Entry {
    }

    /** What a provider took for a claimed message. */
    public record Submission(Claim claim, String provider, SubmitOutcome.Accepted accepted) implements Entry {
    }

    /** A delivery receipt a provider reported. */
    public record ReceiptArrived(DeliveryReceipt receipt) implements Entry {
    }

    /**
     * Writes intents, submit results and receipts in one transaction, one answer per entry in order
     * (for an intent, whether its claim still held; true for the others). The claimed messages are
     * locked by one statement; submit results are written before receipts, so that a receipt that
     * came with its submission's answer matches its part at once; the changes go to the database as
     * batches at the flush and the commit.
     */
    public List<Boolean> recordAll(List<Entry> entries) {
        Map<UUID, Message> claimed = lockedById(entries.stream().map(DispatchQueue::claimedMessage).filter(Objects::nonNull).toList());
        List<Boolean> answers = new ArrayList<>(entries.size());
        Map<String, List<String>> takenIds = new HashMap<>();
        List<DeliveryReceipt> receipts = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry instanceof Intent intent) {
                answers.add(intend(claimed.get(intent.claim().id()), intent.claim(), intent.provider()));
                continue;
            }
            if (entry instanceof Submission submission) {
                List<String> ids = recordTaken(claimed.get(submission.claim().id()), submission.claim(), submission.provider(), submission.accepted());
                takenIds.computeIfAbsent(submission.provider(), provider -> new ArrayList<>()).addAll(ids);
            } else if (entry instanceof ReceiptArrived arrived) {
                receipts.add(arrived.receipt());
            }
            answers.add(Boolean.TRUE);
        }
        if (!takenIds.isEmpty()) {
            em.flush();
            takenIds.forEach(this::matchOvertakingReceipts);
        }
        if (!receipts.isEmpty()) {
            applyReceipts(receipts);
        }
        return answers;
    }

    private static UUID claimedMessage(Entry entry) {
        if (entry instanceof Intent intent) {
            return intent.claim().id();
        }
        return entry instanceof Submission submission ? submission.claim().id() : null;
    }

    /**
     * Applies the receipts whose part, or UNCERTAIN message, is known, in one transaction; one answer per
     * receipt, false for one that matched nothing (yet), which this leaves to {@link #recordAll}: its
     * part may be in a submission being committed there at this very moment, and only that ordered
     * stream can tell a receipt that overtook its submission from one that came after it.
     */
    public List<Boolean> applyMatching(List<DeliveryReceipt> receipts) {
        ReceiptTargets targets = receiptTargets(receipts.stream().filter(receipt -> receipt.status() != null).toList());
        List<Boolean> answers = new ArrayList<>(receipts.size());
        for (DeliveryReceipt receipt : receipts) {
            answers.add(applied(receipt, targets));
        }
        return answers;
    }

    /** {@link #applyReceipt} for several receipts in one transaction, their parts and messages read by one query each. */
    public void applyReceipts(List<DeliveryReceipt> receipts) {
        List<Boolean> applied = applyMatching(receipts);
        for (int i = 0; i < receipts.size(); i++) {
            if (!applied.get(i)) {
                DeliveryReceipt receipt = receipts.get(i);
                em.persist(new UnmatchedReceipt(receipt, ProviderMessageIds.canonical(receipt.providerMessageId())));
            }
        }
    }

    /** Records, before the call, that the claim hands the message to {@code provider}; false when the claim was lost. */
    private boolean intend(Message message, Claim claim, String provider) {
        if (message == null || !message.holdsLease(claim.lease())) {
            LOG.warning(() -> "Dispatch of message " + claim.id() + " stopped before " + provider + ": its claim was lost");
            return false;
        }
        message.intendSubmissionTo(provider);
        return true;
    }

    /**
     * Records what the provider took, part by part; returns their canonical ids (none when the answer
     * no longer counts). The answer counts when the claim still holds, or when it comes late for a
     * message that was made UNCERTAIN meanwhile (and not sent again).
     */
    private List<String> recordTaken(Message message, Claim claim, String provider, SubmitOutcome.Accepted accepted) {
        boolean lateAnswer = message.getStatus() == MessageStatus.UNCERTAIN && message.getProvider().filter(provider::equals).isPresent()
                && !message.wasResentAfterUncertainty();
        if (!message.holdsLease(claim.lease()) && !lateAnswer) {
            LOG.warning(() -> provider + " took message " + claim.id() + " after its claim was lost (" + message.getStatus()
                    + "): it may reach the recipient twice");
            return List.of();
        }
        message.countAttempt();
        String messageId = message.getId().toString();
        List<String> partIds = accepted.partMessageIds();
        List<String> canonicalIds = new ArrayList<>(partIds.size());
        for (int part = 0; part < partIds.size(); part++) {
            MessagePart taken = MessagePart.taken(messageId, part + 1, provider, partIds.get(part));
            canonicalIds.add(taken.providerMessageId());
            em.persist(taken);
        }
        SubmitOutcome untaken = accepted.untakenPart();
        int firstUntaken = partIds.size() + 1;
        if (untaken instanceof SubmitOutcome.Uncertain uncertain) {
            // The parts before it are at the carrier: the message can never be sent again, only settled.
            em.persist(MessagePart.untaken(messageId, firstUntaken, provider, MessageStatus.UNCERTAIN, null));
            message.uncertain(provider, "part " + firstUntaken + " of " + message.getSegments() + ": " + uncertain.reason())
                    .ifPresent(change -> record(message, change));
        } else {
            message.submitted(provider, canonicalIds.get(0)).ifPresent(change -> record(message, change));
            if (untaken != null) {
                for (int part = firstUntaken; part <= message.getSegments(); part++) {
                    em.persist(MessagePart.untaken(messageId, part, provider, MessageStatus.FAILED, "PART_REFUSED"));
                }
                message.recordError("PART_REFUSED", untaken.toString());
                transition(message, MessageStatus.FAILED, "part " + firstUntaken + " was not taken after earlier parts were sent: " + untaken);
            }
        }
        return canonicalIds;
    }

    /** Receipts kept because they came before the submit response that names their part. */
    private void matchOvertakingReceipts(String provider, List<String> canonicalIds) {
        for (List<String> ids : InLists.chunks(canonicalIds)) {
            em.createQuery("select r from UnmatchedReceipt r where r.provider = :provider and r.providerMessageId in :ids",
                            UnmatchedReceipt.class)
                    .setParameter("provider", provider)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(this::retryMatch);
        }
    }

    /** The provider's answer never came: the message stays with that provider, settled by a receipt or its policy. */
    public void uncertain(Claim claim, String provider, String reason) {
        Message message = em.find(Message.class, claim.id().toString(), LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.holdsLease(claim.lease())) {
            message.uncertain(provider, reason).ifPresent(change -> record(message, change));
        }
    }

    public void retryLater(Claim claim, Instant when, String reason) {
        Message message = em.find(Message.class, claim.id().toString(), LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.holdsLease(claim.lease())) {
            message.retryAt(when);
            message.recordError("PROVIDER_UNAVAILABLE", reason);
        }
    }

    public void finish(Claim claim, MessageStatus status, String errorCode, String detail) {
        Message message = em.find(Message.class, claim.id().toString(), LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.holdsLease(claim.lease())) {
            message.recordError(errorCode, detail);
            transition(message, status, detail);
        }
    }

    /**
     * Makes every message waiting for another try due now: a provider came back, and what waited for
     * it goes at once (at the provider's throughput) instead of each on its own retry timer.
     */
    public int retryWaitingNow() {
        return em.createQuery("update Message m set m.nextAttemptAt = :now where m.status in :pending and m.nextAttemptAt > :now "
                        + "and m.submittingTo is null")
                .setParameter("now", Instant.now())
                .setParameter("pending", MessageStatus.WAITING)
                .executeUpdate();
    }

    /**
     * Messages whose dispatcher stopped (crash, hang) between recording its intent and recording the
     * provider's answer: they may be at the carrier, so they become UNCERTAIN rather than being sent
     * again. Returns how many; at most one dispatch window per stopped instance.
     */
    public int uncertainAfterLostLeases(int max) {
        Instant now = Instant.now();
        List<Message> lost = MESSAGES.locked(em, em.createQuery("select m.id from Message m where m.status = :queued and m.submittingTo is not null "
                        + "and m.leaseUntil < :now", String.class)
                .setParameter("queued", MessageStatus.QUEUED)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList(), m -> m.getStatus() == MessageStatus.QUEUED && m.getSubmittingTo().isPresent()
                        && m.getLeaseUntil().filter(until -> until.isBefore(now)).isPresent());
        for (Message message : lost) {
            String provider = message.getSubmittingTo().orElseThrow();
            message.uncertain(provider, "its dispatcher stopped while handing it to " + provider).ifPresent(change -> record(message, change));
        }
        if (!lost.isEmpty()) {
            LOG.warning(() -> lost.size() + " message(s) were being handed to a provider when their dispatcher stopped; they are UNCERTAIN"
                    + " (at the carrier or not) and follow their provider's uncertainOutcome policy");
        }
        return lost.size();
    }

    /**
     * Applies the provider's policy to messages UNCERTAIN for longer than the provider waits for a
     * receipt: {@code resend} queues each once more (at-least-once), anything else gives up as UNKNOWN.
     */
    public int resolveUncertain(Function<String, UncertainPolicy> policies, int max) {
        Instant now = Instant.now();
        int resolved = 0;
        for (Message message : MESSAGES.locked(em, em.createQuery("select m.id from Message m where m.status = :uncertain order by m.statusAt",
                        String.class)
                .setParameter("uncertain", MessageStatus.UNCERTAIN)
                .setMaxResults(max)
                .getResultList(), m -> m.getStatus() == MessageStatus.UNCERTAIN)) {
            UncertainPolicy policy = policies.apply(message.getProvider().orElse(""));
            if (message.getStatusAt().plus(policy.receiptWait()).isAfter(now)) {
                continue;
            }
            boolean partlyTaken = hasTakenParts(message);
            Optional<StatusChange> change = policy.resend() && !partlyTaken ? message.resendAfterUncertainty() : Optional.empty();
            if (change.isEmpty()) {
                message.recordError("OUTCOME_UNKNOWN", "no answer and no receipt from " + message.getProvider().orElse("the provider")
                        + " within " + policy.receiptWait().toSeconds() + " s" + (partlyTaken ? " for a part sent after others it took" : ""));
                change = message.moveTo(MessageStatus.UNKNOWN, "outcome never learned; given up");
            } else {
                LOG.warning(() -> "Message " + message.getId() + " is sent again: the outcome of its submission to "
                        + message.getProvider().orElse("?") + " never became known (policy resend; it may arrive twice)");
            }
            change.ifPresent(c -> record(message, c));
            resolved++;
        }
        return resolved;
    }

    private boolean hasTakenParts(Message message) {
        return em.createQuery("select count(p) from MessagePart p where p.key.messageId = :id and p.providerMessageId is not null", Long.class)
                .setParameter("id", message.getId().toString())
                .getSingleResult() > 0;
    }

    /** A provider's uncertain-outcome policy: resend once, or give up as UNKNOWN, after waiting {@code receiptWait} for a receipt. */
    public record UncertainPolicy(boolean resend, Duration receiptWait) {
    }

    /**
     * Applies a receipt to its part. A failed part settles the message at once; a message is
     * DELIVERED only when every part is. A final status is never overwritten by a later receipt.
     * Receipts whose part is not known yet are kept and matched later.
     */
    public void applyReceipt(DeliveryReceipt receipt) {
        applyReceipts(List.of(receipt));
    }

    /** Whether the receipt is applied; an intermediate one (no final status) counts as applied, since nothing is due for it. */
    private boolean applied(DeliveryReceipt receipt, ReceiptTargets targets) {
        if (receipt.status() == null) {
            LOG.fine(() -> "Intermediate receipt " + receipt + " ignored");
            return true;
        }
        return match(receipt, targets);
    }

    /** Settles the parts the receipt names, or else the UNCERTAIN message it stands for; false when it matches nothing (yet). */
    private boolean match(DeliveryReceipt receipt, ReceiptTargets targets) {
        List<MessagePart> parts = targets.parts(receipt.provider(), ProviderMessageIds.canonical(receipt.providerMessageId()));
        parts.forEach(part -> settle(part, targets, receipt.provider(), receipt.status(), receipt.errorCode()));
        return !parts.isEmpty() || settleUncertain(receipt);
    }

    /**
     * What a batch of receipts settles, read up front: the parts they name, the messages of those
     * parts (locked) and every part of those messages (to know when all of them are delivered).
     */
    private record ReceiptTargets(Map<PartName, List<MessagePart>> partsByName, Map<UUID, Message> messages,
            Map<String, List<MessagePart>> partsOfMessage) {

        List<MessagePart> parts(String provider, String canonicalId) {
            return partsByName.getOrDefault(new PartName(provider, canonicalId), List.of());
        }
    }

    /** A part as a receipt names it: its provider and its canonical id there. */
    private record PartName(String provider, String canonicalId) {
    }

    /**
     * Its queries do not write the transaction's changes out first (a flush that compared every entity
     * read so far, at each query): parts are chosen by provider and id or by message, which no change
     * here alters, a part already read comes back as it is held, and the parts a submission of this
     * transaction stored were flushed before its receipts are matched ({@link #recordAll}).
     */
    private ReceiptTargets receiptTargets(List<DeliveryReceipt> receipts) {
        Map<PartName, List<MessagePart>> named = new HashMap<>();
        Map<String, Set<String>> idsByProvider = new HashMap<>();
        receipts.forEach(receipt -> idsByProvider.computeIfAbsent(receipt.provider(), provider -> new HashSet<>())
                .add(ProviderMessageIds.canonical(receipt.providerMessageId())));
        idsByProvider.forEach((provider, ids) -> {
            for (List<String> chunk : InLists.chunks(List.copyOf(ids))) {
                em.createQuery("select p from MessagePart p where p.provider = :provider and p.providerMessageId in :ids", MessagePart.class)
                        .setParameter("provider", provider)
                        .setParameter("ids", chunk)
                        .setFlushMode(FlushModeType.COMMIT)
                        .getResultList()
                        .forEach(part -> named.computeIfAbsent(new PartName(provider, part.providerMessageId()), key -> new ArrayList<>()).add(part));
            }
        });
        List<String> messageIds = named.values().stream().flatMap(List::stream).map(MessagePart::messageId).distinct().toList();
        Map<UUID, Message> messages = lockedById(messageIds.stream().map(UUID::fromString).toList());
        // A message of one part is settled by its part alone: only longer ones need their other parts read.
        List<String> longMessageIds = messages.values().stream().filter(message -> message.getSegments() > 1)
                .map(message -> message.getId().toString()).toList();
        Map<String, List<MessagePart>> partsOfMessage = new HashMap<>();
        for (List<String> chunk : InLists.chunks(longMessageIds)) {
            em.createQuery("select p from MessagePart p where p.key.messageId in :ids", MessagePart.class)
                    .setParameter("ids", chunk)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList()
                    .forEach(part -> partsOfMessage.computeIfAbsent(part.messageId(), key -> new ArrayList<>()).add(part));
        }
        return new ReceiptTargets(named, messages, partsOfMessage);
    }

    private void settle(MessagePart part, ReceiptTargets targets, String provider, MessageStatus status, String errorCode) {
        if (!part.settle(status, errorCode)) {
            return;
        }
        Message message = targets.messages().get(UUID.fromString(part.messageId()));
        if (status != MessageStatus.DELIVERED) {
            message.recordError(errorCode == null ? status.name() : errorCode, "reported by " + provider);
            transition(message, status, "receipt from " + provider);
        } else if (targets.partsOfMessage().getOrDefault(part.messageId(), List.of(part)).stream()
                .allMatch(each -> each.status() == MessageStatus.DELIVERED)) {
            transition(message, MessageStatus.DELIVERED, "receipt from " + provider);
        }
    }

    /** Tries again to match receipts that overtook their submit response; drops those too old to ever match. */
    public void rematchReceipts(Duration keepFor, int max) {
        Instant cutoff = Instant.now().minus(keepFor);
        for (UnmatchedReceipt receipt : em.createQuery("select r from UnmatchedReceipt r order by r.receivedAt", UnmatchedReceipt.class)
                .setMaxResults(max).getResultList()) {
            if (!retryMatch(receipt) && receipt.receivedAt().isBefore(cutoff)) {
                LOG.warning(() -> "Dropping a receipt from " + receipt.provider() + " that matched no message within " + keepFor.toSeconds()
                        + " s: id " + receipt.providerMessageId() + ", " + receipt.status()
                        + (receipt.text() == null ? "" : ", as received: " + receipt.text()));
                em.remove(receipt);
            }
        }
    }

    public long unmatchedReceiptCount() {
        return em.createQuery("select count(r) from UnmatchedReceipt r", Long.class).getSingleResult();
    }

    /** Receipts kept because they matched no message (yet), oldest first. */
    /** The parts a provider took of a message, in order. */
    public List<MessagePart.View> partsOf(UUID messageId) {
        return em.createQuery("select p from MessagePart p where p.key.messageId = :id order by p.key.partNumber", MessagePart.class)
                .setParameter("id", messageId.toString()).getResultList().stream().map(MessagePart::view).toList();
    }

    public List<UnmatchedReceipt.View> unmatchedReceipts(int max) {
        return em.createQuery("select r from UnmatchedReceipt r order by r.receivedAt", UnmatchedReceipt.class)
                .setMaxResults(max).getResultList().stream().map(UnmatchedReceipt::view).toList();
    }

    /**
     * A receipt for a message whose submission was uncertain, which has no provider id to match: the
     * gateway's own message id (an HTTP upstream reporting by the id in its callback URL), or else the
     * recipient it reports, when exactly one single-part message to that number is uncertain with
     * that provider.
     */
    private boolean settleUncertain(DeliveryReceipt receipt) {
        Optional<Message> uncertain = gatewayId(receipt.providerMessageId())
                .map(id -> em.find(Message.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .filter(m -> m.getStatus() == MessageStatus.UNCERTAIN && m.getProvider().filter(receipt.provider()::equals).isPresent());
        if (uncertain.isEmpty() && receipt.recipient() != null) {
            List<Message> candidates = MESSAGES.locked(em, em.createQuery("select m.id from Message m where m.status = :uncertain "
                            + "and m.provider = :provider and m.destination = :recipient", String.class)
                    .setParameter("uncertain", MessageStatus.UNCERTAIN)
                    .setParameter("provider", receipt.provider())
                    .setParameter("recipient", receipt.recipient())
                    .setMaxResults(2)
                    .getResultList(), m -> m.getStatus() == MessageStatus.UNCERTAIN);
            uncertain = candidates.size() == 1 && candidates.get(0).getSegments() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }
        uncertain.ifPresent(message -> {
            if (receipt.status() != MessageStatus.DELIVERED) {
                message.recordError(receipt.errorCode() == null ? receipt.status().name() : receipt.errorCode(),
                        "reported by " + receipt.provider());
            }
            transition(message, receipt.status(), "receipt from " + receipt.provider() + " for a submission whose answer never came");
            LOG.info(() -> "Uncertain message " + message.getId() + " settled by a receipt from " + receipt.provider() + ": " + receipt.status());
        });
        return uncertain.isPresent();
    }

    /** The messages with these ids that exist, locked. */
    private Map<UUID, Message> lockedById(List<UUID> ids) {
        Map<UUID, Message> messages = new HashMap<>();
        MESSAGES.lockedById(em, ids.stream().map(UUID::toString).toList()).values()
                .forEach(message -> messages.put(message.getId(), message));
        return messages;
    }

    private static Optional<UUID> gatewayId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A kept receipt matches its part once recorded, or settles a message that became UNCERTAIN meanwhile (after a crash). */
    private boolean retryMatch(UnmatchedReceipt kept) {
        DeliveryReceipt receipt = kept.receipt();
        if (match(receipt, receiptTargets(List.of(receipt)))) {
            em.remove(kept);
            return true;
        }
        return false;
    }

    /** A part whose receipt is overdue, to ask its provider about: the id as the provider wrote it, and the sender. */
    public record OverduePart(String submittedId, String originator) {
    }

    /**
     * Up to {@code max} parts that {@code provider} took at least {@code after} ago, still without a
     * receipt and not asked about within {@code after}; each is marked as asked now.
     */
    public List<OverduePart> overdueParts(String provider, Duration after, int max) {
        Instant cutoff = Instant.now().minus(after);
        List<Object[]> rows = em.createQuery("select p, m.originator from MessagePart p, Message m where m.id = p.key.messageId "
                        + "and p.provider = :provider and p.status = :submitted and p.providerMessageId is not null "
                        + "and p.submittedAt < :cutoff and (p.queriedAt is null or p.queriedAt < :cutoff) order by p.submittedAt", Object[].class)
                .setParameter("provider", provider)
                .setParameter("submitted", MessageStatus.SUBMITTED)
                .setParameter("cutoff", cutoff)
                .setMaxResults(max)
                .getResultList();
        List<OverduePart> overdue = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            MessagePart part = (MessagePart) row[0];
            part.queried();
            overdue.add(new OverduePart(part.submittedId(), (String) row[1]));
        }
        return overdue;
    }

    /** Ends the wait for receipts that never came, so that no message stays SUBMITTED forever. */
    public int expireUnconfirmed(Duration receiptTimeout, int max) {
        List<Message> overdue = em.createQuery("select m from Message m where m.status = :submitted "
                        + "and m.submittedAt < :cutoff", Message.class)
                .setParameter("submitted", MessageStatus.SUBMITTED)
                .setParameter("cutoff", Instant.now().minus(receiptTimeout))
                .setMaxResults(max)
                .getResultList();
        for (Message message : overdue) {
            message.recordError("NO_RECEIPT", "no delivery receipt within " + receiptTimeout.toHours() + " hours");
            transition(message, MessageStatus.EXPIRED, "no delivery receipt");
        }
        return overdue.size();
    }

    private void transition(Message message, MessageStatus status, String detail) {
        message.moveTo(status, detail).ifPresent(change -> record(message, change));
    }

    private void record(Message message, StatusChange change) {
        em.persist(change);
        statusChanged.fire(new MessageStatusChanged(message, change));
    }
}
