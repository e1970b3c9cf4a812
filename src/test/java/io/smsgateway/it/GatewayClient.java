package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A plain HTTP client for the gateway under test: what a customer's code would do. */
public final class GatewayClient {

    public static final String ADMIN_PASSWORD = "it-admin-password";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    public GatewayClient(URL deploymentUrl) {
        this.base = URI.create(deploymentUrl.toString().endsWith("/") ? deploymentUrl.toString() : deploymentUrl + "/");
    }

    /** The server root, where Payara serves /health and /openapi. */
    public URI serverRoot() {
        return base.resolve("/");
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Reply post(String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, authorization);
    }

    public Reply postForm(String path, String authorization, String form) {
        return post(path, authorization, "application/x-www-form-urlencoded", form);
    }

    public Reply post(String path, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, authorization);
    }

    public Reply patch(String path, String authorization, String body) {
        return send("PATCH", path, authorization, body);
    }

    public Reply send(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return send(request, authorization);
    }

    public Reply get(String path, String authorization) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET(), authorization);
    }

    public Reply getAbsolute(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET(), null);
    }

    public Reply delete(String path, String authorization) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).DELETE(), authorization);
    }

    /** A message's status document from the Namirial-style status query; anything but HTTP 200 fails the test. */
    public JsonObject messageStatus(String messageId, String authorization) {
        Reply reply = get("api/Services/status/" + messageId, authorization);
        if (reply.status() != 200) {
            throw new AssertionError("status query for message " + messageId + ": " + reply);
        }
        return reply.json();
    }

    /** Waits until the message's status is {@code expected} and returns its status document. */
    public JsonObject awaitStatus(String messageId, String authorization, String expected) {
        return Eventually.until("message " + messageId + " " + expected, () -> messageStatus(messageId, authorization),
                status -> status.getString("status").equals(expected));
    }

    /** Sends {@code text} through the Namirial API (detailed answer), asserts it was accepted, and returns its id. */
    public String send(String authorization, String destination, String text) {
        Reply reply = post("api/Services/send", authorization, "{\"destination\":\"" + destination + "\",\"text\":\"" + text
                + "\",\"detailed\":true}");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getString("id");
    }

    /** Waits until the message's history includes {@code status} and returns the history. */
    public List<String> awaitHistoryWith(String messageId, String authorization, String status) {
        return Eventually.until("message " + messageId + " " + status, () -> statusHistory(messageId, authorization),
                history -> history.contains(status));
    }

    /** The statuses a message went through, oldest first. */
    public List<String> statusHistory(String messageId, String authorization) {
        return messageStatus(messageId, authorization).getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("status")).toList();
    }

    /** Any request as an attacker would shape it: raw body bytes and extra headers. */
    public Reply raw(String method, String path, String authorization, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request, authorization);
    }

    private Reply send(HttpRequest.Builder request, String authorization) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String body, String contentType) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (HTTP " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + body;
        }
    }
}
