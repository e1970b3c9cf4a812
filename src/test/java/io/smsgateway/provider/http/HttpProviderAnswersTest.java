package io.smsgateway.provider.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.smsgateway.kernel.SmsText;
import io.smsgateway.provider.OutboundSms;
import io.smsgateway.provider.ProviderDefinition;
import io.smsgateway.provider.ProviderType;
import io.smsgateway.provider.SubmitOutcome;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How an HTTP upstream's answers are read, from its settings: taken, refused, or not known. */
class HttpProviderAnswersTest {

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger intents = new AtomicInteger();

    private HttpProvider provider(Map<String, String> extra, int status, String answer) {
        Map<String, String> settings = new HashMap<>(Map.of("url", "http://upstream.test/send", "callbackToken", "cbk_test"));
        settings.putAll(extra);
        ProviderDefinition definition = new ProviderDefinition("up", ProviderType.HTTP, true, 0, List.of("+39"), 100, settings);
        HttpUpstreamClient client = new HttpUpstreamClient() {
            @Override
            public Reply send(String method, URI uri, Map<String, String> headers, String body) {
                requests.incrementAndGet();
                return new Reply(status, answer);
            }
        };
        return new HttpProvider("up", HttpProvider.Settings.of(definition), null, client, "http://gw.test");
    }

    private SubmitOutcome submit(HttpProvider provider) {
        return provider.submit(new OutboundSms(UUID.randomUUID(), "+393401234567", null, SmsText.of("hello")),
                () -> intents.incrementAndGet() > 0);
    }

    private static final Map<String, String> BOTH = Map.of("acceptedPattern", "^OK (\\S+)", "refusedPattern", "^ERR", "idPattern", "^OK (\\S+)");

    @Test
    void anAnswerMatchingTheAcceptedPatternTakesTheMessageUnderItsId() {
        SubmitOutcome outcome = submit(provider(BOTH, 200, "OK up-77"));
        assertEquals(List.of("up-77"), assertInstanceOf(SubmitOutcome.Accepted.class, outcome).partMessageIds());
        assertEquals(1, intents.get(), "the intent is recorded once, before the request");
    }

    @Test
    void anAnswerMatchingTheRefusedPatternIsARefusal() {
        assertEquals("HTTP_REFUSED", assertInstanceOf(SubmitOutcome.Rejected.class, submit(provider(BOTH, 200, "ERR no credit"))).errorCode());
    }

    @Test
    void anAnswerNeitherPatternKnowsIsUncertainNotARefusal() {
        assertInstanceOf(SubmitOutcome.Uncertain.class, submit(provider(BOTH, 200, "<html>maintenance</html>")));
    }

    @Test
    void withOnlyAnAcceptedPatternAnythingElseIsARefusal() {
        assertInstanceOf(SubmitOutcome.Rejected.class, submit(provider(Map.of("successPattern", "^OK"), 200, "FAILED")));
    }

    @Test
    void kannelsQueuedAnswerMeansKannelHasTheMessage() {
        Map<String, String> kannel = Map.of("preset", "kannel", "username", "gw", "password", "pw");
        assertInstanceOf(SubmitOutcome.Accepted.class, submit(provider(kannel, 202, "3: Queued for later delivery")));
        assertInstanceOf(SubmitOutcome.Accepted.class, submit(provider(kannel, 202, "0: Accepted for delivery")));
        assertInstanceOf(SubmitOutcome.Rejected.class, submit(provider(kannel, 403, "Authorization failed for sendsms")));
        assertInstanceOf(SubmitOutcome.Unavailable.class, submit(provider(kannel, 503, "Temporal failure, try again later.")));
    }

    @Test
    void aLostClaimSendsNothing() {
        SubmitOutcome outcome = provider(BOTH, 200, "OK up-1").submit(
                new OutboundSms(UUID.randomUUID(), "+393401234567", null, SmsText.of("hello")), () -> false);
        assertInstanceOf(SubmitOutcome.ClaimLost.class, outcome);
        assertEquals(0, requests.get());
    }
}
