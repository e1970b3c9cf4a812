package io.smsgateway.api.voximplant;

import io.smsgateway.account.Account;
import io.smsgateway.api.CallerContext;
import io.smsgateway.api.Completions;
import io.smsgateway.kernel.PhoneNumbers;
import io.smsgateway.message.MessageService;
import io.smsgateway.message.MessageView;
import io.smsgateway.message.Reference;
import io.smsgateway.message.SendCommand;
import io.smsgateway.metrics.GatewayMetrics;
import io.smsgateway.number.AccountNumber;
import io.smsgateway.number.AccountNumbers;
import io.smsgateway.serviceaccount.ServiceAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform management API's SMS methods ({@code /platform_api/...}); it only translates
 * parameters and answers between that API and the gateway's core.
 */
@Path("platform_api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voximplant-style platform API")
@SecurityRequirement(name = "jwt")
@JwtAuthenticated
public class PlatformApiResource {

    static final int MAX_BODY_CHARACTERS = 765;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    private MessageService messages;

    @Inject
    private GatewayMetrics metrics;

    @Inject
    private AccountNumbers numbers;

    @Context
    private UriInfo uri;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @POST
    @Path("SendSmsMessage")
    @Operation(summary = "SendSmsMessage", description = "Sends an SMS from one of the account's SMS-enabled numbers. Roles: Owner, Admin, "
            + "Developer, CallsSMS. Parameters in the query string (or a form or JSON body).")
    @Parameter(name = "source", in = ParameterIn.QUERY, required = true, description = "The source phone number, one of the account's",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "destination", in = ParameterIn.QUERY, required = true, description = "The destination phone number",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "sms_body", in = ParameterIn.QUERY, required = true, description = "The message text, up to 765 characters",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "store_body", in = ParameterIn.QUERY, description = "Keep the text once the message is final; default false",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlatformResponses.SmsSent.class)))
    @APIResponse(responseCode = "400", description = "102 missing, 103 invalid parameter, 104 source not usable, 105 refused by policy")
    @APIResponse(responseCode = "401", description = "100 Authorization failed")
    @APIResponse(responseCode = "403", description = "101 the roles do not allow SMS")
    @APIResponse(responseCode = "429", description = "106 anti-flooding")
    @APIResponse(responseCode = "503", description = "107 no provider serves the destination")
    @RolesAllowed(ServiceAccountCaller.SENDS_SMS)
    public CompletionStage<PlatformResponses.SmsSent> sendSmsMessage(@Context SecurityContext security,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        ServiceAccount caller = CallerContext.caller(security, ServiceAccountCaller.class).serviceAccount();
        PlatformParameters parameters = PlatformParameters.read(uri.getQueryParameters(), contentType, body);
        String source = parameters.required("source");
        String destination = parameters.required("destination");
        String text = parameters.required("sms_body");
        boolean storeBody = parameters.flag("store_body", false);
        if (text.codePointCount(0, text.length()) > MAX_BODY_CHARACTERS) {
            throw PlatformError.invalid("sms_body", "longer than " + MAX_BODY_CHARACTERS + " characters");
        }
        Account account = caller.getAccount();
        String sourceNumber = numbers.requireSmsSource(account, source).substring(1);
        String recipient = PhoneNumbers.withPlus(destination);
        SendCommand command = new SendCommand(account, account, recipient, text, Reference.NONE, null, null, sourceNumber, null,
                SendCommand.Options.NONE.withBodyKept(storeBody));
        // The numeric id is the database's: read once the message is stored, off the thread that stores the next batch.
        return Completions.unwrapped(messages.acceptAsync(command).thenApplyAsync(
                accepted -> {
                    metrics.accepted("voximplant");
                    return new PlatformResponses.SmsSent(1, messages.numericId(accepted), accepted.segments());
                }, executor));
    }

    @POST
    @Path("GetPhoneNumbers")
    @Operation(summary = "GetPhoneNumbers", description = "The account's phone numbers with is_sms_supported and is_sms_enabled. Any role.")
    @Parameter(name = "phone_number", in = ParameterIn.QUERY, description = "Only this number", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlatformResponses.PhoneNumbers.class)))
    @APIResponse(responseCode = "401", description = "100 Authorization failed")
    public PlatformResponses.PhoneNumbers getPhoneNumbers(@Context SecurityContext security,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        ServiceAccount caller = CallerContext.caller(security, ServiceAccountCaller.class).serviceAccount();
        PlatformParameters parameters = PlatformParameters.read(uri.getQueryParameters(), contentType, body);
        String only = parameters.optional("phone_number");
        String onlyE164 = only == null ? null : PhoneNumbers.withPlus(only);
        List<PlatformResponses.PhoneNumberInfo> list = numbers.numbersOf(caller.getAccount()).stream()
                .filter(n -> onlyE164 == null || n.getNumber().equals(onlyE164))
                .map(PlatformApiResource::info)
                .toList();
        return new PlatformResponses.PhoneNumbers(list, list.size(), list.size());
    }

    @GET
    @Path("GetPhoneNumbers")
    @Operation(summary = "GetPhoneNumbers (GET)", description = "Same as POST.")
    public PlatformResponses.PhoneNumbers getPhoneNumbersByGet(@Context SecurityContext security) {
        return getPhoneNumbers(security, null, null);
    }

    @POST
    @Path("ControlSms")
    @Operation(summary = "ControlSms", description = "Enables or disables SMS for one of the account's numbers. Roles: Owner, Admin, Developer, CallsSMS.")
    @Parameter(name = "phone_number", in = ParameterIn.QUERY, required = true, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "command", in = ParameterIn.QUERY, required = true, schema = @Schema(enumeration = {"enable", "disable"}))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlatformResponses.Done.class)))
    @APIResponse(responseCode = "400", description = "102 missing, 103 invalid parameter")
    @APIResponse(responseCode = "404", description = "108 not one of the account's numbers")
    @APIResponse(responseCode = "409", description = "109 the number does not support SMS")
    @RolesAllowed(ServiceAccountCaller.SENDS_SMS)
    public PlatformResponses.Done controlSms(@Context SecurityContext security,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        ServiceAccount caller = CallerContext.caller(security, ServiceAccountCaller.class).serviceAccount();
        PlatformParameters parameters = PlatformParameters.read(uri.getQueryParameters(), contentType, body);
        String number = parameters.required("phone_number");
        boolean enable = switch (parameters.required("command").strip().toLowerCase(Locale.ROOT)) {
            case "enable" -> true;
            case "disable" -> false;
            default -> throw PlatformError.invalid("command", "must be enable or disable");
        };
        numbers.controlSms(caller.getAccount(), number, enable);
        return new PlatformResponses.Done(1);
    }

    @POST
    @Path("GetSmsHistory")
    @Operation(summary = "GetSmsHistory", description = "The account's sent messages, newest first, or one by message_id. Any role.")
    @Parameter(name = "message_id", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "count", in = ParameterIn.QUERY, description = "1 to 1000, default 20", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "default 0", schema = @Schema(type = SchemaType.INTEGER))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlatformResponses.SmsHistory.class)))
    @APIResponse(responseCode = "404", description = "108 unknown message_id")
    public PlatformResponses.SmsHistory getSmsHistory(@Context SecurityContext security,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        ServiceAccount caller = CallerContext.caller(security, ServiceAccountCaller.class).serviceAccount();
        PlatformParameters parameters = PlatformParameters.read(uri.getQueryParameters(), contentType, body);
        Account account = caller.getAccount();
        String messageId = parameters.optional("message_id");
        if (messageId != null) {
            long id;
            try {
                id = Long.parseLong(messageId.strip());
            } catch (NumberFormatException e) {
                throw PlatformError.invalid("message_id", "must be an integer");
            }
            return new PlatformResponses.SmsHistory(List.of(item(messages.statusByNumericId(id, account))), 1, 1);
        }
        MessageService.Page page = messages.recent(account, parameters.integer("offset", 0, 0, Integer.MAX_VALUE),
                parameters.integer("count", 20, 1, 1000));
        List<PlatformResponses.SmsHistoryItem> items = page.messages().stream().map(PlatformApiResource::item).toList();
        return new PlatformResponses.SmsHistory(items, page.total(), items.size());
    }

    private static PlatformResponses.PhoneNumberInfo info(AccountNumber number) {
        return new PlatformResponses.PhoneNumberInfo(number.getId(), number.getNumber().substring(1), number.isSmsSupported(),
                number.isSmsEnabled(), DATE.format(number.getCreatedAt()));
    }

    private static PlatformResponses.SmsHistoryItem item(MessageView message) {
        return new PlatformResponses.SmsHistoryItem(
                message.numericId() == null ? 0 : message.numericId(),
                message.originator() == null ? null : message.originator().replaceFirst("^\\+", ""),
                message.destination().substring(1),
                "OUT",
                message.segments(),
                message.status().name(),
                message.errorDetail(),
                message.text(),
                DATE.format(message.createdAt()));
    }
}
