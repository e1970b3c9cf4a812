package io.smsgateway.manage;

import io.smsgateway.dispatch.DispatchQueue;
import io.smsgateway.dispatch.UnmatchedReceipt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Receipts that matched no message yet: kept for a part recorded later, then logged with their text
 * and dropped after {@code gateway.dispatch.unmatched-receipt-keep-seconds}.
 */
@Path("manage/receipts/unmatched")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: delivery")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
@RolesAllowed("ADMIN")
public class UnmatchedReceiptResource {

    private static final int MAX_LIMIT = 1000;

    @Inject
    private DispatchQueue queue;

    @GET
    @Operation(summary = "Receipts kept because they matched no message (yet), oldest first")
    public List<UnmatchedReceipt.View> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return queue.unmatchedReceipts(Math.max(1, Math.min(limit, MAX_LIMIT)));
    }
}
