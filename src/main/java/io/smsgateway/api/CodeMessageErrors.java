package io.smsgateway.api;

import io.smsgateway.shared.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The {@code {"code": int, "message": string, "details": null|array}} error body. */
public final class CodeMessageErrors {

    private CodeMessageErrors() {
    }

    public static Response response(int httpStatus, int code, String message, List<String> details) {
        JsonObjectBuilder body = Jsons.object().add("code", code).add("message", message);
        if (details == null || details.isEmpty()) {
            body.addNull("details");
        } else {
            JsonArrayBuilder array = Jsons.array();
            details.forEach(array::add);
            body.add("details", array);
        }
        return Response.status(httpStatus).type(MediaType.APPLICATION_JSON_TYPE).entity(body.build().toString()).build();
    }
}
