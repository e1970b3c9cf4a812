package io.smsgateway.message;

import io.smsgateway.account.Account;
import io.smsgateway.account.Role;
import io.smsgateway.message.text.SmsText;
import io.smsgateway.policy.AntiFlooding;
import io.smsgateway.policy.Rejection;
import io.smsgateway.policy.SendPolicies;
import io.smsgateway.policy.SendRejectedException;
import io.smsgateway.provider.ActiveProvider;
import io.smsgateway.provider.ProviderRegistry;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

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
        policies.requireUrlsAllowed(command.owner(), text.text());
        policies.requireNotWatchlisted(destination);

        Lock lock = destinationLocks[Math.floorMod(destination.hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            antiFlooding.requireWithinLimits(command.owner(), destination, Message.hash(text.text()));
            ActiveProvider provider = providers.best(destination)
                    .orElseThrow(() -> new SendRejectedException(Rejection.NO_PROVIDER, "SMS provider not available"));
            Message message = new Message(command, destination, text, provider.name());
            store.insert(message);
            return new AcceptedMessage(message.getId(), provider.name(), text.encoding(), text.segments());
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
}
