package io.smsgateway.api;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/** Every error leaves the gateway as JSON in the envelope of the API that was called, never as an HTML page. */
@Provider
public class GatewayExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(GatewayExceptionMapper.class.getName());

    @Context
    private UriInfo uriInfo;

    @Inject
    @Any
    private Instance<ErrorDialect> dialects;

    @Override
    public Response toResponse(Throwable error) {
        String path = uriInfo == null ? "" : uriInfo.getPath().replaceFirst("^/", "");
        for (ErrorDialect dialect : dialects) {
            if (dialect.serves(path)) {
                return dialect.toResponse(error);
            }
        }
        return CommonErrors.classify(error)
                .map(known -> CodeMessageErrors.response(known.httpStatus(), known.httpStatus(), known.message(), known.details()))
                .orElseGet(() -> unexpected(error));
    }

    /** Logs an unexpected failure under an id the client also sees, without leaking internals. */
    public static Response unexpected(Throwable error) {
        return CodeMessageErrors.response(500, 500, "Internal error", List.of("incident " + logIncident(error)));
    }

    /**
     * Logs an unexpected failure and returns the incident id to show the client. The log entry is
     * bounded (a few frames of a few causes): a request that makes a parser recurse a thousand levels
     * must not write a thousand lines per call.
     */
    public static String logIncident(Throwable error) {
        String incident = UUID.randomUUID().toString();
        LOG.severe(() -> "Unexpected error, incident " + incident + ": " + boundedTrace(error));
        return incident;
    }

    private static final int MAX_CAUSES = 4;
    private static final int MAX_FRAMES = 8;
    private static final int MAX_MESSAGE_CHARS = 300;

    static String boundedTrace(Throwable error) {
        StringBuilder trace = new StringBuilder();
        Throwable current = error;
        for (int cause = 0; current != null && cause < MAX_CAUSES; cause++) {
            if (cause > 0) {
                trace.append("\ncaused by ");
            }
            String message = String.valueOf(current.getMessage());
            trace.append(current.getClass().getName()).append(": ")
                    .append(message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "...");
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(MAX_FRAMES, frames.length); i++) {
                trace.append("\n    at ").append(frames[i]);
            }
            if (frames.length > MAX_FRAMES) {
                trace.append("\n    ... ").append(frames.length - MAX_FRAMES).append(" more");
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        if (current != null) {
            trace.append("\n(further causes left out)");
        }
        return trace.toString();
    }
}
