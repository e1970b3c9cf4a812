package io.smsgateway.api.voximplant;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.api.CommonErrors;
import io.smsgateway.api.ErrorDialect;
import io.smsgateway.api.GatewayExceptionMapper;
import io.smsgateway.kernel.SendRejectedException;
import io.smsgateway.shared.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The platform API's envelope {@code {"error": {"code": int, "msg": string}}}. Authentication
 * failures all read "Authorization failed", whatever was wrong with the token.
 */
@ApplicationScoped
public class PlatformErrorDialect implements ErrorDialect {

    @Override
    public boolean serves(String path) {
        return path.startsWith("platform_api");
    }

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof PlatformError platform) {
            return envelope(platform.httpStatus(), platform.code(), platform.getMessage());
        }
        if (error instanceof AuthenticationFailedException) {
            return envelope(401, PlatformError.AUTHORIZATION_FAILED, "Authorization failed");
        }
        if (error instanceof AccessDeniedException denied) {
            return envelope(403, PlatformError.ROLE_NOT_ALLOWED, denied.getMessage());
        }
        if (error instanceof SendRejectedException rejected) {
            return rejection(rejected);
        }
        return CommonErrors.classify(error)
                .map(known -> envelope(known.httpStatus(), codeFor(known.httpStatus()), known.message()))
                .orElseGet(() -> envelope(500, PlatformError.INTERNAL, "Internal error, incident " + GatewayExceptionMapper.logIncident(error)));
    }

    private static Response rejection(SendRejectedException rejected) {
        String message = rejected.getMessage();
        return switch (rejected.getReason()) {
            case MALFORMED_DESTINATION, INVALID_NUMBER -> envelope(400, PlatformError.INVALID_PARAMETER, "Invalid parameter 'destination': " + message);
            case EMPTY_TEXT -> envelope(400, PlatformError.MISSING_PARAMETER, "The required parameter 'sms_body' is missing");
            case TEXT_TOO_LONG -> envelope(400, PlatformError.INVALID_PARAMETER, "Invalid parameter 'sms_body': " + message);
            case INVALID_SOURCE, INVALID_ORIGINATOR -> envelope(400, PlatformError.INVALID_SOURCE, message);
            case URL_NOT_ALLOWED, WATCHLISTED, OPTED_OUT, INVALID_REFERENCE_SERVICE, INVALID_WEBHOOK, INVALID_SCHEDULE ->
                    envelope(400, PlatformError.REFUSED_BY_POLICY, message);
            case FLOODING -> envelope(429, PlatformError.TOO_MANY_REQUESTS, message);
            case NO_PROVIDER -> envelope(503, PlatformError.NO_ROUTE, message);
        };
    }

    private static int codeFor(int httpStatus) {
        return switch (httpStatus) {
            case 400, 413, 415 -> PlatformError.INVALID_PARAMETER;
            case 401 -> PlatformError.AUTHORIZATION_FAILED;
            case 403 -> PlatformError.ROLE_NOT_ALLOWED;
            case 404, 405 -> PlatformError.NOT_FOUND;
            case 409 -> PlatformError.CONFLICT;
            default -> PlatformError.INTERNAL;
        };
    }

    static Response envelope(int httpStatus, int code, String message) {
        String body = Jsons.object()
                .add("error", Jsons.object().add("code", code).add("msg", message))
                .build().toString();
        return Response.status(httpStatus).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
