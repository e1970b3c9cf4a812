package io.smsgateway.manage;

import io.smsgateway.account.AccountService;
import io.smsgateway.api.AccountCaller;
import io.smsgateway.api.CallerContext;
import io.smsgateway.dispatch.DispatchQueue;
import io.smsgateway.dispatch.MessagePart;
import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.message.MessageSearch;
import io.smsgateway.message.MessageService;
import io.smsgateway.message.MessageView;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.UnknownEntityException;
import io.smsgateway.webhook.WebhookDelivery;
import io.smsgateway.webhook.WebhookStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("manage/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: messages")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
@RolesAllowed("ADMIN")
public class MessageLookupResource {

    private static final int MAX_PAGE = 200;

    /** A page of messages, and where the next one starts (absent on the last page). */
    public record SearchResult(List<MessageView> messages, MessageSearch.PageMark next) {
    }

    /** A message with what happened to it: parts, history (in the message view) and notifications. */
    public record MessageDetail(MessageView message, List<MessagePart.View> parts, List<WebhookDelivery.View> webhooks) {
    }

    @Inject
    private MessageService messages;

    @Inject
    private AccountService accounts;

    @Inject
    private DispatchQueue queue;

    @Inject
    private WebhookStore webhooks;

    @GET
    @Operation(summary = "Search messages of every account", description = "Newest first, one page at a time: pass the answer's next "
            + "(afterTime, afterId) for the following page. Each criterion is answered from an index.")
    public SearchResult search(@Context SecurityContext security,
            @Parameter(description = "The gateway's message id (UUID) or its integer alias") @QueryParam("id") String id,
            @Parameter(description = "E.164") @QueryParam("destination") String destination,
            @Parameter(description = "Owner's username") @QueryParam("account") String account,
            @QueryParam("status") String status,
            @Parameter(description = "Accepted at or after (ISO-8601 instant)") @QueryParam("from") String from,
            @Parameter(description = "Accepted before (ISO-8601 instant)") @QueryParam("until") String until,
            @QueryParam("afterTime") String afterTime,
            @QueryParam("afterId") String afterId,
            @Parameter(description = "1 to 200, default 50") @QueryParam("limit") Integer limit) {
        if (id != null && !id.isBlank()) {
            return new SearchResult(byId(id.trim()).map(found -> List.of(messages.status(found, CallerContext.caller(security, AccountCaller.class).account()))).orElse(List.of()), null);
        }
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("limit must be between 1 and " + MAX_PAGE);
        }
        Optional<MessageSearch.PageMark> after = Optional.ofNullable(afterTime).filter(t -> !t.isBlank())
                .map(t -> new MessageSearch.PageMark(instant("afterTime", t), Optional.ofNullable(afterId).orElse("")));
        MessageSearch search = new MessageSearch(
                present(destination).map(d -> d.replaceAll("[\\s().-]", "")),
                present(account).map(username -> accounts.account(username).getId()),
                present(status).map(MessageLookupResource::status),
                present(from).map(value -> instant("from", value)),
                present(until).map(value -> instant("until", value)),
                after,
                size + 1);
        List<MessageView> found = messages.search(search);
        if (found.size() <= size) {
            return new SearchResult(found, null);
        }
        List<MessageView> page = found.subList(0, size);
        MessageView last = page.get(size - 1);
        return new SearchResult(page, new MessageSearch.PageMark(last.createdAt(), last.id().toString()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A message of any account", description = "With its parts, its status history and its webhook notifications.")
    public MessageDetail read(@Context SecurityContext security, @PathParam("id") String id) {
        UUID found = byId(id).orElseThrow(() -> new UnknownEntityException("message " + id + " does not exist"));
        return new MessageDetail(messages.status(found, CallerContext.caller(security, AccountCaller.class).account()), queue.partsOf(found), webhooks.viewsForMessage(found.toString()));
    }

    private Optional<UUID> byId(String id) {
        if (id.chars().allMatch(Character::isDigit) && id.length() <= 18) {
            return messages.idOfNumeric(Long.parseLong(id));
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("id must be a message id (UUID) or its integer alias");
        }
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static MessageStatus status(String value) {
        try {
            return MessageStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status must be one of " + List.of(MessageStatus.values()));
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name + " must be an ISO-8601 instant such as 2026-11-28T09:00:00Z");
        }
    }
}
