package io.smsgateway.webhook;

import io.smsgateway.account.Account;
import io.smsgateway.inbound.InboundMessage;
import io.smsgateway.inbound.InboundReceived;
import io.smsgateway.message.Message;
import io.smsgateway.message.MessageStatusChanged;
import io.smsgateway.message.Reference;
import io.smsgateway.message.WebhookTarget;
import io.smsgateway.shared.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns every status change after acceptance into a notification row, in the same transaction as
 * the change: a change is never committed without its notification, nor the other way round.
 */
@ApplicationScoped
public class WebhookOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<NotificationQueued> queued;

    @Inject
    private WebhookSender sender;

    /** CDI event: a notification was stored and can be sent once its transaction commits. */
    public record NotificationQueued(String eventId) {
    }

    void onStatusChange(@Observes MessageStatusChanged changed) {
        Message message = changed.message();
        Optional<WebhookTarget> target = message.getWebhook()
                .or(() -> message.getOwner().getWebhookUrl().map(url -> new WebhookTarget(url, "NONE", null)));
        if (target.isEmpty()) {
            return;
        }
        String eventId = newEventId();
        String payload = payload(eventId, message, changed.change().getChangedAt());
        em.persist(new WebhookDelivery(eventId, message.getId().toString(), target.get().url(),
                target.get().authenticationType(), target.get().authenticationValue(),
                message.getOwner().getWebhookSecret().orElse(null), payload));
        queued.fire(new NotificationQueued(eventId));
    }

    /** Inbound messages go to the account's webhook, the one callback URL of the account. */
    void onInbound(@Observes InboundReceived received) {
        InboundMessage inbound = received.message();
        Optional<Account> account = inbound.getAccount();
        Optional<String> url = account.flatMap(Account::getWebhookUrl);
        if (url.isEmpty()) {
            return;
        }
        String eventId = newEventId();
        JsonObjectBuilder json = Jsons.object()
                .add("eventId", eventId)
                .add("type", "sms.inbound")
                .add("messageId", inbound.getId().toString())
                .add("source", inbound.getSource())
                .add("destination", inbound.getDestination())
                .add("text", inbound.getBody())
                .add("parts", inbound.getParts())
                .add("provider", inbound.getProvider())
                .add("receivedAt", inbound.getReceivedAt().toString());
        em.persist(new WebhookDelivery(eventId, null, url.get(), "NONE", null, account.get().getWebhookSecret().orElse(null),
                json.build().toString()));
        queued.fire(new NotificationQueued(eventId));
    }

    private static String newEventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued notification) {
        sender.wake();
    }

    /** The notification body; documented as {@code StatusNotification} in the OpenAPI document. */
    static String payload(String eventId, Message message, Instant changedAt) {
        JsonObjectBuilder json = Jsons.object()
                .add("eventId", eventId)
                .add("type", "message.status")
                .add("messageId", message.getId().toString())
                .add("status", message.getStatus().name())
                .add("destination", message.getDestination())
                .add("encoding", message.getEncoding().name())
                .add("segments", message.getSegments())
                .add("changedAt", changedAt.toString())
                .add("createdAt", message.getCreatedAt().toString());
        addOptional(json, "provider", message.getProvider());
        addOptional(json, "errorCode", message.getErrorCode());
        addOptional(json, "errorDetail", message.getErrorDetail());
        addOptional(json, "submittedAt", message.getSubmittedAt().map(Instant::toString));
        addOptional(json, "doneAt", message.getDoneAt().map(Instant::toString));
        addOptional(json, "businessRelationId", message.getBusinessRelationId());
        addOptional(json, "clientReference", message.getClientReference());
        Reference reference = message.getReference();
        if (!reference.isEmpty()) {
            JsonObjectBuilder ref = Jsons.object();
            addOptional(ref, "service", Optional.ofNullable(reference.service()));
            addOptional(ref, "action", Optional.ofNullable(reference.action()));
            addOptional(ref, "key", Optional.ofNullable(reference.key()));
            json.add("reference", ref);
        }
        return json.build().toString();
    }

    private static void addOptional(JsonObjectBuilder json, String name, Optional<String> value) {
        value.ifPresentOrElse(v -> json.add(name, v), () -> json.addNull(name));
    }
}
