package io.smsgateway.message;

import io.smsgateway.account.Account;
import io.smsgateway.account.Role;
import io.smsgateway.message.text.SmsText;
import io.smsgateway.optout.Optouts;
import io.smsgateway.policy.AntiFlooding;
import io.smsgateway.policy.Rejection;
import io.smsgateway.policy.SendPolicies;
import io.smsgateway.policy.SendRejectedException;
import io.smsgateway.provider.ActiveProvider;
import io.smsgateway.provider.ProviderRegistry;
import io.smsgateway.shared.StateConflictException;
import io.smsgateway.shared.UnknownEntityException;
import io.smsgateway.shortlink.ShortLink;
import io.smsgateway.shortlink.ShortLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts messages: runs every check in the order the API promises, then stores the message before
 * answering. Delivery happens later, in the dispatcher.
 */
@ApplicationScoped
public class MessageService {

    private static final int LOCK_STRIPES = 256;

    @Inject
    private SendPolicies policies;

    @Inject
    private AntiFlooding antiFlooding;

    @Inject
    private ProviderRegistry providers;

    @Inject
    private MessageStore store;

    @Inject
    private ScheduleWindow schedule;

    @Inject
    private Optouts optouts;

    @Inject
    private ShortLinks shortLinks;

    /** While every provider serving a destination has been down for less than this, its messages are accepted and wait. */
    @Inject
    @ConfigProperty(name = "gateway.dispatch.outage-grace-seconds", defaultValue = "120")
    private long outageGraceSeconds;

    /*
     * Anti-flooding counts what is already stored, so the count and the insert for one destination
     * must not interleave; each insert commits before its stripe is released.
     */
    private final Lock[] destinationLocks = new Lock[LOCK_STRIPES];

    public MessageService() {
        for (int i = 0; i < LOCK_STRIPES; i++) {
            destinationLocks[i] = new ReentrantLock();
        }
    }

    public AcceptedMessage accept(SendCommand command) {
        String destination = PhoneNumbers.requireValidE164(command.destination());
        SmsText text = policies.requireText(command.text());
        Reference reference = command.reference();
        policies.requireAllowedReference(command.owner(), reference.service(), reference.action(), reference.key());
        if (command.webhook() != null) {
            policies.requireValidWebhook(command.webhook().url(), command.webhook().authenticationType(),
                    command.webhook().authenticationValue());
        }
        SendCommand.Options options = command.options();
        policies.requireAllowedOriginator(command.owner(), command.originator());
        schedule.requireAcceptable(options.scheduleAt());
        policies.requireUrlsAllowed(command.owner(), command.text());
        policies.requireNotWatchlisted(destination);

        UUID id = UUID.randomUUID();
        List<ShortLink> links = List.of();
        if (options.shortenUrls()) {
            ShortLinks.Shortened shortened = shortLinks.shorten(id, command.text());
            text = policies.requireText(shortened.text());
            links = shortened.links();
        }

        if (options.excludeOptouts() && optouts.isOptedOut(command.owner(), destination)) {
            Message refused = new Message(id, command, destination, text, null);
            store.insertOptedOut(refused, links);
            return new AcceptedMessage(id, null, text.encoding(), text.segments(), refused.getStatus(), refused.getCreatedAt());
        }

        Lock lock = destinationLocks[Math.floorMod(destination.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            if (options.campaignId() == null) {
                antiFlooding.requireWithinLimits(command.owner(), destination, Message.hash(command.text()));
            }
            ActiveProvider provider = providers.route(destination, Duration.ofSeconds(outageGraceSeconds))
                    .orElseThrow(() -> new SendRejectedException(Rejection.NO_PROVIDER, "SMS provider not available"));
            Message message = new Message(id, command, destination, text, provider.name());
            store.insert(message, links);
            return new AcceptedMessage(id, provider.name(), text.encoding(), text.segments(), message.getStatus(), message.sendAt());
        } finally {
            lock.unlock();
        }
    }

    /** The message as its owner (or an administrator) may see it. */
    public MessageView status(UUID id, Account caller) {
        Message message = store.find(id)
                .filter(m -> m.getOwner().getId().equals(caller.getId())
                        || caller.hasRole(Role.ADMIN))
                .orElseThrow(() -> new UnknownEntityException("message " + id + " does not exist"));
        return MessageView.of(message, store.history(id));
    }

    /** A page of the account's messages, newest first, and how many it has in all. */
    public record Page(List<MessageView> messages, long total) {
    }

    public Page recent(Account owner, int offset, int max) {
        return new Page(store.recent(owner, offset, max).stream().map(m -> MessageView.of(m, List.of())).toList(), store.count(owner));
    }

    /** The integer alias of an accepted message. */
    public long numericId(AcceptedMessage accepted) {
        return store.numericIdOf(accepted.id());
    }

    /** A message of the account by its integer alias. */
    public MessageView statusByNumericId(long numericId, Account owner) {
        return store.findByNumericId(numericId)
                .filter(m -> m.getOwner().getId().equals(owner.getId()))
                .map(m -> MessageView.of(m, store.history(m.getId())))
                .orElseThrow(() -> new UnknownEntityException("message " + numericId + " does not exist"));
    }

    /** Scheduled messages of the account that have not gone out yet, soonest first. */
    public List<MessageView> scheduled(Account owner, int max) {
        return store.scheduled(owner, max).stream().map(m -> MessageView.of(m, List.of())).toList();
    }

    /**
     * Withdraws a scheduled message of the account.
     *
     * @throws StateConflictException when it has already been released for sending, or has ended
     */
    public MessageView cancel(UUID id, Account owner) {
        if (!store.cancel(id, owner)) {
            throw new StateConflictException("message " + id + " is no longer scheduled and cannot be cancelled");
        }
        return status(id, owner);
    }
}
