package io.smsgateway.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Timeout;

/** The HTTP call of one notification: no redirects followed, bounded in time. */
@ApplicationScoped
public class WebhookHttp {

    /** The endpoint's answer; {@code retryAfter} from a 429 or 503. */
    public record Answer(int status, Optional<Duration> retryAfter) {
    }

    @Inject
    private WebhookSettings settings;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    public Answer post(URI uri, Map<String, String> headers, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(WebhookHttp::seconds);
        return new Answer(response.statusCode(), retryAfter);
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
