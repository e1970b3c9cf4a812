package io.smsgateway.api;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.shared.DuplicateEntityException;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.PayloadTooLargeException;
import io.smsgateway.shared.StateConflictException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;

/** The HTTP meaning of the errors every API shares; dialects add their own codes on top. */
public final class CommonErrors {

    public record Classified(int httpStatus, String message, List<String> details) {
    }

    private CommonErrors() {
    }

    /** JPA reports a stale write at commit, wrapped in the transaction's own exceptions. */
    private static boolean isOptimisticLockFailure(Throwable error) {
        for (Throwable cause = error; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    public static Optional<Classified> classify(Throwable error) {
        if (error instanceof AuthenticationFailedException) {
            return Optional.of(new Classified(401, error.getMessage(), List.of()));
        }
        if (error instanceof AccessDeniedException) {
            return Optional.of(new Classified(403, error.getMessage(), List.of()));
        }
        if (error instanceof InvalidInputException invalid) {
            return Optional.of(new Classified(400, invalid.getMessage(), invalid.getDetails()));
        }
        if (error instanceof PayloadTooLargeException) {
            return Optional.of(new Classified(413, error.getMessage(), List.of()));
        }
        if (error instanceof UnknownEntityException) {
            return Optional.of(new Classified(404, error.getMessage(), List.of()));
        }
        if (error instanceof DuplicateEntityException || error instanceof StateConflictException) {
            return Optional.of(new Classified(409, error.getMessage(), List.of()));
        }
        if (isOptimisticLockFailure(error)) {
            return Optional.of(new Classified(409, "The record was changed by someone else meanwhile; read it again and repeat the change",
                    List.of()));
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String message = switch (status) {
                case 404 -> "No such endpoint";
                case 405 -> "Method not allowed on this endpoint";
                case 406 -> "Only application/json responses are available";
                case 415 -> "Content-Type must be application/json";
                default -> web.getResponse().getStatusInfo().getReasonPhrase();
            };
            return Optional.of(new Classified(status, message, List.of()));
        }
        return Optional.empty();
    }
}
