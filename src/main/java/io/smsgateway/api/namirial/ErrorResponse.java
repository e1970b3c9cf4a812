package io.smsgateway.api.namirial;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documentation of the error envelope; the body itself is written by {@link NamirialErrorDialect}. */
@Schema(name = "ErrorResponse")
public record ErrorResponse(
        @Schema(required = true, description = "8, 56, 59, 60, 61, 63, 64, 66, 74; or the HTTP status for malformed requests")
        int code,
        @Schema(required = true) String message,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, nullable = true) List<String> details) {
}
