package io.smsgateway.api;

import io.smsgateway.kernel.Rejection;
import io.smsgateway.kernel.SendRejectedException;
import io.smsgateway.lifecycle.Draining;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * While the instance shuts down, new sends (in every dialect) are refused with the dialect's own
 * "no provider available" answer, so that a client or load balancer sends them again elsewhere. It
 * answers at the servlet layer, before JAX-RS: once SIGTERM arrives the server no longer loads the
 * application's classes, which the JAX-RS runtime needs for each request, while this filter has
 * everything it needs loaded at start-up ({@link #init}).
 */
@WebFilter(asyncSupported = true,
        urlPatterns = {"/api/Services/send", "/api/Admin/send", "/send/single", "/send/campaign", "/platform_api/SendSmsMessage"})
public class RefuseSendsWhileDraining extends HttpFilter {

    @Inject
    private Draining draining;

    @Inject
    private Instance<ErrorDialect> dialects;

    /**
     * Writes the refusal of each dialect that has a send endpoint once, so that every class it takes is
     * loaded before it is needed (the operator API has none, and would log the refusal as an incident).
     */
    @Override
    public void init() throws ServletException {
        WebFilter sends = RefuseSendsWhileDraining.class.getAnnotation(WebFilter.class);
        for (ErrorDialect dialect : dialects) {
            if (Arrays.stream(sends.urlPatterns()).anyMatch(pattern -> dialect.serves(pattern.substring(1)))) {
                json(dialect.toResponse(refusal()).getEntity());
            }
        }
    }

    private static SendRejectedException refusal() {
        return new SendRejectedException(Rejection.NO_PROVIDER, "The gateway is shutting down: send again (another instance takes it)");
    }

    /** Dialects hand over their error body written already, or as an object to bind. */
    private static String json(Object entity) {
        return entity instanceof String written ? written : JsonbBodyWriter.toJson(entity);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!draining.isDraining() || !"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/", "");
        for (ErrorDialect dialect : dialects) {
            if (dialect.serves(path)) {
                Response answer = dialect.toResponse(refusal());
                response.setStatus(answer.getStatus());
                response.setContentType("application/json");
                response.getOutputStream().write(json(answer.getEntity()).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
