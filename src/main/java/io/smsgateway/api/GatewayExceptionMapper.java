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
import java.util.logging.Level;
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

    /** Logs an unexpected failure and returns the incident id to show the client. */
    public static String logIncident(Throwable error) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, error);
        return incident;
    }
}
