package io.smsgateway.message;

import io.smsgateway.account.Account;
import io.smsgateway.account.Role;
import io.smsgateway.kernel.PhoneNumbers;
import io.smsgateway.kernel.Rejection;
import io.smsgateway.kernel.SendRejectedException;
import io.smsgateway.kernel.SmsText;
import io.smsgateway.optout.Optouts;
import io.smsgateway.persistence.GroupCommit;
import io.smsgateway.policy.AntiFlooding;
import io.smsgateway.policy.SendPolicies;
import io.smsgateway.provider.ActiveProvider;
import io.smsgateway.provider.ProviderRegistry;
import io.smsgateway.shared.StateConflictException;
import io.smsgateway.shared.UnknownEntityException;
import io.smsgateway.shortlink.ShortLink;
import io.smsgateway.shortlink.ShortLinks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accepts messages: runs every check in the order the API promises, then stores the message before
 * answering. Delivery happens later, in the dispatcher.
 */
@ApplicationScoped
public class MessageService {

    @Inject
    private SendPolicies policies;

    @Inject
    private AntiFlooding antiFlooding;

    @Inject
    private ProviderRegistry providers;

    @Inject
    private MessageStore store;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    /** New messages per group commit at most. */
    @Inject
    @ConfigProperty(name = "gateway.accept.batch-size", defaultValue = "500")
    private int acceptBatchSize;

    /** Concurrent accepts share their commits: "accepted" still means committed, at a fraction of the commits. */
    private GroupCommit<MessageStore.NewMessage, Void> newMessages;

    @PostConstruct
    void startGroupCommit() {
        newMessages = new GroupCommit<>("accept", threads, store::insertAll, acceptBatchSize);
    }

    @PreDestroy
    void stopGroupCommit() {
        newMessages.close();
    }

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

    /**
     * Accepts a message as part of the caller's transaction (bulk callers: a campaign's release), so
     * that it is stored together with whatever the caller records about it, or not at all; many such
     * messages share the caller's one commit.
     */
    public AcceptedMessage accept(SendCommand command) {
        return admit(command, (message, links) -> {
            store.insert(message, links);
            return CompletableFuture.completedFuture(null);
        }).join();
    }

    /**
     * Runs every check at once (a refusal is thrown here, on the caller's thread) and completes once
     * the message is committed, in a group commit with the messages accepted meanwhile.
     */
    public CompletableFuture<AcceptedMessage> acceptAsync(SendCommand command) {
        return admit(command, (message, links) -> newMessages.submit(new MessageStore.NewMessage(message, links)));
    }

    /** Runs the checks and hands the message to {@code storing}; completes once it is stored. */
    private CompletableFuture<AcceptedMessage> admit(SendCommand command, BiFunction<Message, List<ShortLink>, CompletableFuture<Void>> storing) {
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

        UUID id = MessageIds.next();
        List<ShortLink> links = List.of();
        if (options.shortenUrls()) {
            ShortLinks.Shortened shortened = shortLinks.shorten(id, command.text());
            text = policies.requireText(shortened.text());
            links = shortened.links();
        }

        if (options.excludeOptouts() && optouts.isOptedOut(command.owner(), destination)) {
            Message refused = new Message(id, command, destination, text, null);
            store.insertOptedOut(refused, links);
            return CompletableFuture.completedFuture(
                    new AcceptedMessage(id, null, text.encoding(), text.segments(), refused.getStatus(), refused.getCreatedAt()));
        }

        // Campaign messages are bulk by design: the flood limits are for single sends.
        AntiFlooding.Reservation reservation = options.campaignId() == null
                ? antiFlooding.reserve(command.owner(), destination, Message.hash(command.text())) : AntiFlooding.Reservation.NONE;
        try {
            ActiveProvider provider = providers.route(destination, Duration.ofSeconds(outageGraceSeconds))
                    .orElseThrow(() -> new SendRejectedException(Rejection.NO_PROVIDER, "SMS provider not available"));
            Message message = new Message(id, command, destination, text, provider.name());
            AcceptedMessage accepted = new AcceptedMessage(id, provider.name(), text.encoding(), text.segments(), message.getStatus(),
                    message.sendAt());
            return storing.apply(message, links)
                    .whenComplete((stored, failure) -> {
                        if (failure != null) {
                            reservation.release();
                        }
                    })
                    .thenApply(stored -> accepted);
        } catch (RuntimeException notStored) {
            reservation.release();
            throw notStored;
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

    /** Messages of any account that match an operator's search, newest first, without their history. */
    public List<MessageView> search(MessageSearch search) {
        return store.search(search).stream().map(m -> MessageView.of(m, List.of())).toList();
    }

    /** Any account's message by its integer alias, for an operator. */
    public Optional<UUID> idOfNumeric(long numericId) {
        return store.findByNumericId(numericId).map(Message::getId);
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
