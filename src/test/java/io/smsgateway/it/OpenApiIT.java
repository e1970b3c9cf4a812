package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document is valid, describes the wire as it is, and can be browsed. */
class OpenApiIT extends GatewayIntegrationTest {

    private String document() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(client.serverRoot().resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void theDocumentIsValidOpenApi() throws Exception {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document());
        assertNotNull(parsed.getOpenAPI(), String.valueOf(parsed.getMessages()));
        assertEquals(List.of(), parsed.getMessages());
    }

    @Test
    void noSchemaForbidsWhatTheWireCarriesAndEveryOperationIsDescribed() throws Exception {
        JsonObject document = json(document());
        List<String> defects = new ArrayList<>();
        walk(document, "", defects);
        Set<String> operationIds = new HashSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            JsonObject op = operation.asJsonObject();
            if (!operationIds.add(op.getString("operationId", ""))) {
                defects.add("operationId repeated or missing: " + method + " " + path);
            }
            op.getJsonObject("responses").forEach((code, response) -> {
                if (!response.asJsonObject().containsKey("description")) {
                    defects.add("no description: " + method + " " + path + " " + code);
                }
            });
            for (JsonValue parameter : op.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY : op.getJsonArray("parameters")) {
                if (!parameter.asJsonObject().containsKey("schema")) {
                    defects.add("parameter without schema: " + method + " " + path + " " + parameter.asJsonObject().getString("name"));
                }
            }
        }));
        JsonArray tags = document.getJsonArray("tags");
        assertEquals(tags.size(), tags.stream().map(t -> t.asJsonObject().getString("name")).distinct().count(), "tags named once");
        assertEquals(List.of(), defects);
    }

    private static void walk(JsonValue value, String where, List<String> defects) {
        if (value instanceof JsonObject object) {
            if (object.containsKey("maxProperties") && object.getInt("maxProperties") == 0) {
                defects.add("maxProperties 0 at " + where);
            }
            if (object.containsKey("exclusiveMaximum") && !object.containsKey("maximum")) {
                defects.add("exclusiveMaximum without maximum at " + where);
            }
            if (object.containsKey("exclusiveMinimum") && !object.containsKey("minimum")) {
                defects.add("exclusiveMinimum without minimum at " + where);
            }
            if (object.containsKey("maxItems") && object.getInt("maxItems") < 0) {
                defects.add("negative maxItems at " + where);
            }
            object.forEach((key, child) -> walk(child, where + "/" + key, defects));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), where + "/" + i, defects);
            }
        }
    }

    @Test
    void theSchemasNameTheWireFieldsAndTakeTheReadmeBodies() throws Exception {
        JsonObject schemas = json(document()).getJsonObject("components").getJsonObject("schemas");
        assertEquals(Set.of("result", "message_id", "fragments_count"), schemas.getJsonObject("SendSmsMessageResponse").getJsonObject("properties").keySet(),
                "the platform answer as the wire writes it");
        // The README's POST /send/single body
        JsonObject single = schemas.getJsonObject("SingleSmsRequest");
        Set<String> readmeFields = Set.of("text", "originator", "recipient", "reference", "shortenUrls", "excludeOptouts");
        assertTrue(single.getJsonObject("properties").keySet().containsAll(readmeFields), single.toString());
        assertTrue(readmeFields.containsAll(single.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString)), single.toString());
        // The README's POST /api/Services/send body
        JsonObject send = schemas.getJsonObject("SendRequest");
        assertTrue(send.getJsonObject("properties").keySet().containsAll(Set.of("destination", "text", "detailed")), send.toString());
        JsonObject requestBody = json(document()).getJsonObject("paths").getJsonObject("/api/Services/send").getJsonObject("post")
                .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
        assertEquals("#/components/schemas/SendRequest", requestBody.getString("$ref", requestBody.toString()));
    }

    @Test
    void theViewerServesTheDocument() {
        GatewayClient.Reply page = client.get("api-docs", null);
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("SwaggerUIBundle") && page.body().contains("url: 'openapi'"), page.body());
        GatewayClient.Reply bundle = client.get("api-docs/swagger-ui-bundle.js", null);
        assertEquals(200, bundle.status());
        assertTrue(bundle.body().length() > 100_000, "the Swagger UI bundle from its WebJar");
        assertEquals(404, client.get("api-docs/pom.properties", null).status(), "only the viewer's own files");
    }
}
