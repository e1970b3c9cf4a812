package io.smsgateway.dispatch;

import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.lifecycle.Draining;
import io.smsgateway.message.MessageAccepted;
import io.smsgateway.provider.ActiveProvider;
import io.smsgateway.provider.ProviderRegistry;
import io.smsgateway.provider.SubmitOutcome;
import io.smsgateway.work.WorkPump;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves accepted messages to providers, off the request threads, at most {@code gateway.dispatch.window}
 * in flight at once. A message due at once is leased as it is stored and starts as its transaction
 * commits; when the window was full, its commit wakes the pump instead, as does the periodic sweep, and
 * each wake drains every due message. When the routed provider cannot take a message
 * (nothing reached it), the next provider serving the destination gets it; when none can, it is
 * retried later with backoff until its validity period, counted from when it became due, runs out.
 * When a provider may have it but never answered, it is UNCERTAIN and goes nowhere else.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @Inject
    private DispatchQueue queue;

    @Inject
    private ProviderRegistry providers;

    @Inject
    private DispatchSettings settings;

    private final String instanceId = "dispatcher-" + UUID.randomUUID();
    private WorkPump<DispatchQueue.Claim> pump;
    /** Messages leased in the transaction storing them, until it ends. */
    private final Map<UUID, DispatchQueue.Claim> leasedAsStored = new ConcurrentHashMap<>();

    @Inject
    private Draining shutdown;

    @Inject
    private DispatchJournal journal;

    @PostConstruct
    void init() {
        pump = new WorkPump<>("dispatch", threads, settings.window(), settings.batchSize(),
                free -> queue.claim(free, instanceId, settings.lease()), this::deliver, shutdown::isDraining);
        shutdown.register("deliveries to providers", pump::inFlight);
    }

    @PreDestroy
    void stop() {
        pump.close();
    }

    /**
     * A message due now, in the transaction storing it: while the window has room it is leased to
     * this dispatcher there and then, and its delivery starts as the transaction commits, without a
     * claim of its own. After a crash its lease runs out and any instance claims it.
     */
    void onStoring(@Observes MessageAccepted accepted) {
        if (!pump.reserve()) {
            return;
        }
        Optional<DispatchQueue.Claim> claim = Optional.empty();
        try {
            claim = queue.claimStored(accepted.message(), instanceId, settings.lease());
        } finally {
            claim.ifPresentOrElse(leased -> leasedAsStored.put(leased.id(), leased), pump::cancelReservation);
        }
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageAccepted accepted) {
        DispatchQueue.Claim leased = leasedAsStored.remove(accepted.message().getId());
        if (leased != null) {
            pump.start(leased);
        } else {
            wake();
        }
    }

    void onNotStored(@Observes(during = TransactionPhase.AFTER_FAILURE) MessageAccepted accepted) {
        if (leasedAsStored.remove(accepted.message().getId()) != null) {
            pump.cancelReservation();
        }
    }

    /** Asks for a drain of the queue; cheap and safe to call from anywhere, any number of times. */
    public void wake() {
        pump.wake();
    }

    private void deliver(DispatchQueue.Claim claim) {
        try {
            if (claim.message() != null) {
                deliver(claim, claim.message());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dispatch of message " + claim.id() + " failed; when its lease runs out it is retried, or made"
                    + " UNCERTAIN if it was being handed to a provider", e);
        }
    }

    private void deliver(DispatchQueue.Claim claim, Dispatchable message) {
        if (message.dueAt().plus(settings.validity()).isBefore(Instant.now())) {
            queue.finish(claim, MessageStatus.EXPIRED, "VALIDITY_EXPIRED", "not delivered to any provider within its validity period");
            return;
        }
        List<String> failures = new ArrayList<>();
        for (ActiveProvider provider : providersInOrder(message)) {
            SubmitOutcome outcome = provider.submit(message.sms(),
                    () -> journal.intend(claim, provider.name()));
            if (outcome instanceof SubmitOutcome.ClaimLost) {
                return;
            }
            if (outcome instanceof SubmitOutcome.Accepted accepted) {
                journal.submitted(claim, provider.name(), accepted);
                return;
            }
            if (outcome instanceof SubmitOutcome.Rejected rejected) {
                queue.finish(claim, MessageStatus.REJECTED, rejected.errorCode(), provider.name() + ": " + rejected.reason());
                return;
            }
            if (outcome instanceof SubmitOutcome.Uncertain uncertain) {
                queue.uncertain(claim, provider.name(), uncertain.reason());
                return;
            }
            failures.add(provider.name() + ": " + ((SubmitOutcome.Unavailable) outcome).reason());
        }
        String reason = failures.isEmpty() ? "no enabled provider serves " + message.sms().destination() : String.join("; ", failures);
        queue.retryLater(claim, Instant.now().plus(settings.retryDelay(message.attempts())), reason);
    }

    /** The provider chosen at acceptance first, then every other provider serving the destination. */
    private Set<ActiveProvider> providersInOrder(Dispatchable message) {
        Set<ActiveProvider> ordered = new LinkedHashSet<>();
        Optional.ofNullable(message.routedProvider()).flatMap(providers::byName).filter(ActiveProvider::isAvailable).ifPresent(ordered::add);
        ordered.addAll(providers.candidates(message.sms().destination()));
        return ordered;
    }
}
