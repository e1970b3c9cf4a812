package io.smsgateway.metrics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where Prometheus scrapes the gateway's business figures (the server's own JVM figures stay at /metrics). */
@Path("prometheus")
@RequestScoped
@Tag(name = "Operations")
public class PrometheusResource {

    private static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    private GatewayMetrics metrics;

    @GET
    @Produces(TEXT_FORMAT)
    @Operation(summary = "Business metrics in Prometheus' text format", description = "Messages by status and provider, accepts by API "
            + "dialect, queue depth and age, provider state and submit latency, unmatched receipts, webhook backlog and dead letters, "
            + "campaign recipients.")
    @APIResponse(responseCode = "200", description = "The metrics")
    public String scrape() {
        return metrics.scrape();
    }
}
