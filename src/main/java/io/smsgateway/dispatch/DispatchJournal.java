package io.smsgateway.dispatch;

import io.smsgateway.persistence.GroupCommit;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.SubmitOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * What the dispatch path learns, written down in shared commits: intents before a provider is
 * called and what providers took go into one stream of transactions, so a message costs a share of
 * a commit at each step instead of a commit of its own. Delivery receipts for parts already recorded
 * go into a second stream beside it: an SMSC sends its next receipts only as the last ones are
 * answered, so their rate is their window over the wait for a commit, and behind the journal's
 * larger commits under load they ran at half the send rate. A receipt that matches nothing yet joins
 * the journal's stream, where it is ordered with the submission that may name its part. Each caller
 * still waits until its own entry is committed: nothing is sent before its intent is on disk, and a
 * receipt is acknowledged upstream only once stored.
 */
@ApplicationScoped
public class DispatchJournal {

    /** Entries come one by one as the window moves; a short wait gathers them into fewer commits. */
    private static final Duration GATHERING = Duration.ofMillis(5);
    private static final int MAX_ENTRIES_PER_COMMIT = 500;

    @Inject
    private DispatchQueue queue;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    private GroupCommit<DispatchQueue.Entry, Boolean> entries;

    private GroupCommit<DeliveryReceipt, Boolean> matchingReceipts;

    @PostConstruct
    void init() {
        entries = new GroupCommit<>("dispatch journal", threads, queue::recordAll, MAX_ENTRIES_PER_COMMIT, GATHERING);
        matchingReceipts = new GroupCommit<>("delivery receipts", threads, queue::applyMatching, MAX_ENTRIES_PER_COMMIT);
    }

    @PreDestroy
    void stop() {
        matchingReceipts.close();
        entries.close();
    }

    /** Records that the claim hands its message to {@code provider}; false when the claim was lost meanwhile. */
    public boolean intend(DispatchQueue.Claim claim, String provider) {
        return entries.submit(new DispatchQueue.Intent(claim, provider)).join();
    }

    /** Records what the provider took for a claimed message. */
    public void submitted(DispatchQueue.Claim claim, String provider, SubmitOutcome.Accepted accepted) {
        entries.submit(new DispatchQueue.Submission(claim, provider, accepted)).join();
    }

    /**
     * Completes once the receipt is applied to its message, or kept to be matched later. A receipt for a
     * part already recorded is applied in a commit of its own stream, without waiting for the journal's
     * next one; any other goes through the journal, in order with the submissions.
     */
    public CompletableFuture<Boolean> receipt(DeliveryReceipt receipt) {
        return matchingReceipts.submit(receipt).thenCompose(applied -> applied
                ? CompletableFuture.completedFuture(Boolean.TRUE)
                : entries.submit(new DispatchQueue.ReceiptArrived(receipt)));
    }
}
