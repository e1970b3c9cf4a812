package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            if (object.containsKey("items") && object.get("items") instanceof JsonObject items && "array".equals(items.getString("type", ""))
                    && items.getJsonObject("items") != null && items.getJsonObject("items").isEmpty()) {
                defects.add("array of arrays of anything (the list's own type written as its item type) at " + where);
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
        // Instants and UUIDs are strings on the wire
        JsonObject createdAt = resolved(schemas, schemas.getJsonObject("MessageView").getJsonObject("properties").getJsonObject("createdAt"));
        assertEquals("string", createdAt.getString("type", createdAt.toString()), createdAt.toString());
        assertEquals("date-time", createdAt.getString("format", createdAt.toString()), createdAt.toString());
        JsonObject id = resolved(schemas, schemas.getJsonObject("MessageView").getJsonObject("properties").getJsonObject("id"));
        assertEquals("string", id.getString("type", id.toString()), id.toString());
    }

    private static JsonObject resolved(JsonObject schemas, JsonObject schema) {
        String ref = schema.getString("$ref", null);
        return ref == null ? schema : schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }

    @Test
    void everyJsonBodyInTheReadmeIsValidAgainstItsServedSchema() throws Exception {
        String documentUri = "https://gateway.invalid/openapi.json";
        String document = document();
        JsonObject paths = json(document).getJsonObject("paths");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(documentUri, document)));
        ObjectMapper mapper = new ObjectMapper();
        List<String> defects = new ArrayList<>();
        List<ReadmeCurls.Curl> jsonCurls = ReadmeCurls.all().stream().filter(ReadmeCurls.Curl::sendsJson).toList();
        for (ReadmeCurls.Curl curl : jsonCurls) {
            String method = curl.method().toLowerCase();
            Optional<String> template = paths.keySet().stream()
                    .filter(path -> curl.path().matches(path.replaceAll("\\{[^}]+}", "[^/]+")) && paths.getJsonObject(path).containsKey(method))
                    .findFirst();
            if (template.isEmpty() || !paths.getJsonObject(template.get()).getJsonObject(method).containsKey("requestBody")) {
                defects.add("no documented request body for " + curl.asWritten());
                continue;
            }
            String pointer = "#/paths/" + template.get().replace("~", "~0").replace("/", "~1") + "/" + method
                    + "/requestBody/content/application~1json/schema";
            if (!Json.createPointer(pointer.substring(1)).containsValue(json(document))) {
                defects.add("no JSON schema for the body of " + curl.asWritten() + ": "
                        + paths.getJsonObject(template.get()).getJsonObject(method).getJsonObject("requestBody"));
                continue;
            }
            Schema schema = registry.getSchema(SchemaLocation.of(documentUri + pointer));
            String body = curl.body().orElseThrow().replace("$TOMORROW", Instant.now().plus(Duration.ofDays(1)).toString());
            List<com.networknt.schema.Error> errors = schema.validate(mapper.readTree(body));
            if (!errors.isEmpty()) {
                defects.add(curl.asWritten() + " -> " + errors);
            }
        }
        assertTrue(jsonCurls.size() >= 15, "the README's JSON examples were found: " + jsonCurls.size());
        assertEquals(List.of(), defects);
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
