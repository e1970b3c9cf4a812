package io.smsgateway.api.namirial;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.api.CodeMessageErrors;
import io.smsgateway.api.CommonErrors;
import io.smsgateway.api.ErrorDialect;
import io.smsgateway.api.GatewayExceptionMapper;
import io.smsgateway.kernel.Rejection;
import io.smsgateway.kernel.SendRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Namirial's error envelope {@code {code, message, details}}: business refusals are HTTP 500 with
 * the documented code, authentication failures HTTP 401 with code 63. Errors that the documented
 * code list does not cover (malformed requests, unknown ids) carry their HTTP status as code.
 */
@ApplicationScoped
public class NamirialErrorDialect implements ErrorDialect {

    static final int AUTHENTICATION_FAILED = 63;

    @Override
    public boolean serves(String path) {
        return path.startsWith("api/");
    }

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof SendRejectedException rejected) {
            Integer code = businessCode(rejected.getReason());
            if (code != null) {
                return CodeMessageErrors.response(500, code, rejected.getMessage(), List.of());
            }
            return CodeMessageErrors.response(400, 400, rejected.getMessage(), List.of());
        }
        if (error instanceof AuthenticationFailedException || error instanceof AccessDeniedException) {
            int status = error instanceof AccessDeniedException ? 403 : 401;
            return CodeMessageErrors.response(status, AUTHENTICATION_FAILED, error.getMessage(), List.of());
        }
        return CommonErrors.classify(error)
                .map(known -> CodeMessageErrors.response(known.httpStatus(), known.httpStatus(), known.message(), known.details()))
                .orElseGet(() -> GatewayExceptionMapper.unexpected(error));
    }

    /** The documented code for a refusal, or null when the refusal is a malformed request rather than a business rule. */
    static Integer businessCode(Rejection reason) {
        return switch (reason) {
            case MALFORMED_DESTINATION -> 8;
            case INVALID_NUMBER -> 56;
            case EMPTY_TEXT -> 66;
            case INVALID_REFERENCE_SERVICE -> 59;
            case URL_NOT_ALLOWED -> 74;
            case WATCHLISTED -> 61;
            case FLOODING -> 60;
            case NO_PROVIDER -> 64;
            case TEXT_TOO_LONG, INVALID_WEBHOOK, INVALID_SCHEDULE, INVALID_ORIGINATOR, INVALID_SOURCE, OPTED_OUT -> null;
        };
    }
}
