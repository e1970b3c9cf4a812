package io.smsgateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallbackTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final byte[] QUERY = "id=42&status=1".getBytes(StandardCharsets.UTF_8);

    private static ProviderDefinition http(Map<String, String> settings) {
        return new ProviderDefinition("up", ProviderType.HTTP, true, 1, List.of("+"), 10, settings);
    }

    @Test
    void aCallbackCarriesTheTokenOrSignsWithIt() {
        ProviderDefinition provider = http(Map.of("callbackToken", "cbk_current"));
        assertTrue(CallbackTokens.authentic(provider, "cbk_current", null, QUERY, NOW));
        assertTrue(CallbackTokens.authentic(provider, null, "sha256=" + CallbackTokens.sign("cbk_current", QUERY), QUERY, NOW));
        assertTrue(CallbackTokens.authentic(provider, null, "sha256=" + CallbackTokens.sign("cbk_current", QUERY).toUpperCase(), QUERY, NOW));
        assertFalse(CallbackTokens.authentic(provider, null, null, QUERY, NOW), "neither");
        assertFalse(CallbackTokens.authentic(provider, "cbk_other", null, QUERY, NOW));
        assertFalse(CallbackTokens.authentic(provider, null, "sha256=" + CallbackTokens.sign("cbk_current", "id=42&status=2".getBytes(StandardCharsets.UTF_8)),
                QUERY, NOW), "a signature of another request");
        assertFalse(CallbackTokens.authentic(provider, null, CallbackTokens.sign("cbk_current", QUERY), QUERY, NOW), "without sha256=");
        assertFalse(CallbackTokens.authentic(http(Map.of()), null, null, QUERY, NOW), "a provider without a token accepts nothing");
        assertFalse(CallbackTokens.authentic(http(Map.of()), "", null, QUERY, NOW));
    }

    @Test
    void thePreviousTokenCountsOnlyUntilItsGraceEnds() {
        ProviderDefinition rotated = http(Map.of("callbackToken", "cbk_new", "callbackTokenPrevious", "cbk_old",
                "callbackTokenPreviousUntil", NOW.plusSeconds(60).toString()));
        assertTrue(CallbackTokens.authentic(rotated, "cbk_old", null, QUERY, NOW));
        assertTrue(CallbackTokens.authentic(rotated, "cbk_new", null, QUERY, NOW));
        assertFalse(CallbackTokens.authentic(rotated, "cbk_old", null, QUERY, NOW.plusSeconds(61)));
        assertTrue(CallbackTokens.authentic(rotated, "cbk_new", null, QUERY, NOW.plusSeconds(61)));
    }

    @Test
    void anOperatorSendingSettingsBackMaskedOrWithoutTokensKeepsTheStoredOnes() {
        Map<String, String> stored = Map.of("callbackToken", "cbk_a", "url", "https://x");
        assertEquals(Map.of("callbackToken", "cbk_a"), CallbackTokens.kept(stored, Map.of("callbackToken", "********")));
        assertEquals(Map.of("callbackToken", "cbk_a"), CallbackTokens.kept(stored, Map.of()));
        assertEquals(Map.of(), CallbackTokens.kept(stored, Map.of("callbackToken", "cbk_chosen")));
        assertTrue(CallbackTokens.generate().length() > 40);
    }
}
