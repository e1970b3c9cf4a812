package io.smsgateway.api;

import jakarta.ws.rs.core.Response;

/**
 * How one API family writes its errors. The gateway's exception mapper asks each dialect (CDI
 * beans) whether it serves the request path and lets the first that does render the error.
 */
public interface ErrorDialect {

    /** @param path the request path relative to the application, without a leading slash */
    boolean serves(String path);

    Response toResponse(Throwable error);
}
