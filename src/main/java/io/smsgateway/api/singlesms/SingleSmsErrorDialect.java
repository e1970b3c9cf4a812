package io.smsgateway.api.singlesms;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.api.CommonErrors;
import io.smsgateway.api.ErrorDialect;
import io.smsgateway.api.GatewayExceptionMapper;
import io.smsgateway.kernel.SendRejectedException;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The API-key dialect's envelope {@code {"success": false, "error": {"name", "statusCode", "object"}}}.
 * Every authentication or permission failure is the same 403 AuthenticationError, whatever was
 * wrong, so that a caller cannot probe for valid keys.
 */
@ApplicationScoped
public class SingleSmsErrorDialect implements ErrorDialect {

    @Override
    public boolean serves(String path) {
        return path.startsWith("send/") || path.startsWith("messages") || path.startsWith("optouts")
                || path.startsWith("campaigns");
    }

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof AuthenticationFailedException || error instanceof AccessDeniedException) {
            return envelope(403, "AuthenticationError", null, null);
        }
        if (error instanceof ValidationFailure invalid) {
            return envelope(400, "ValidationError", invalid.object(), invalid.getMessage());
        }
        if (error instanceof SendRejectedException rejected) {
            return rejection(rejected);
        }
        if (error instanceof InvalidInputException invalid) {
            return envelope(400, "ValidationError", "Invalid Request object", invalid.getMessage());
        }
        return CommonErrors.classify(error)
                .map(known -> envelope(known.httpStatus(), errorName(known.httpStatus()), null, known.message()))
                .orElseGet(() -> envelope(500, "InternalServerError", null,
                        "Internal error, incident " + GatewayExceptionMapper.logIncident(error)));
    }

    private static Response rejection(SendRejectedException rejected) {
        String message = rejected.getMessage();
        return switch (rejected.getReason()) {
            case MALFORMED_DESTINATION, INVALID_NUMBER -> envelope(400, "ValidationError", "Invalid Recipient object", message);
            case EMPTY_TEXT -> envelope(400, "ValidationError", "Missing Text object", message);
            case TEXT_TOO_LONG, URL_NOT_ALLOWED -> envelope(400, "ValidationError", "Invalid Text object", message);
            case INVALID_ORIGINATOR, INVALID_SOURCE -> envelope(400, "ValidationError", "Invalid Originator object", message);
            case INVALID_SCHEDULE -> envelope(400, "ValidationError", "Invalid ScheduleDateTime object", message);
            case INVALID_REFERENCE_SERVICE, INVALID_WEBHOOK -> envelope(400, "ValidationError", "Invalid Request object", message);
            case WATCHLISTED, OPTED_OUT -> envelope(400, "ValidationError", "Invalid Recipient object", message);
            case FLOODING -> envelope(429, "RateLimitError", null, message);
            case NO_PROVIDER -> envelope(503, "ServiceUnavailableError", null, message);
        };
    }

    private static String errorName(int status) {
        return switch (status) {
            case 400 -> "ValidationError";
            case 404 -> "NotFoundError";
            case 405 -> "MethodNotAllowedError";
            case 409 -> "ConflictError";
            case 413 -> "PayloadTooLargeError";
            case 415 -> "UnsupportedMediaTypeError";
            default -> "Error";
        };
    }

    static Response envelope(int status, String name, String object, String message) {
        JsonObjectBuilder error = Jsons.object().add("name", name).add("statusCode", status);
        if (object != null) {
            error.add("object", object);
        }
        if (message != null && status != 403) {
            error.add("message", message);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsons.object().add("success", false).add("error", error).build().toString())
                .build();
    }
}
