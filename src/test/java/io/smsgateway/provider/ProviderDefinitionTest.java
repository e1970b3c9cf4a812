package io.smsgateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderDefinitionTest {

    private static ProviderDefinition smpp(Map<String, String> settings) {
        return new ProviderDefinition("carrier", ProviderType.SMPP, true, 1, List.of("+39"), 100, settings);
    }

    @Test
    void secretsReadMaskedAndSentBackMaskedKeepTheirStoredValues() {
        ProviderDefinition stored = smpp(Map.of("host", "smsc.example", "password", "s3cret", "systemId", "acme"));
        assertEquals("********", stored.visibleSettings().get("password"));
        assertEquals("smsc.example", stored.visibleSettings().get("host"));

        ProviderDefinition edited = smpp(Map.of("host", "smsc2.example", "password", "********", "systemId", "acme"));
        assertEquals(Map.of("password", "s3cret"), edited.maskedSecretsFrom(stored.settings()));
        assertEquals(Map.of(), smpp(Map.of("password", "new-one")).maskedSecretsFrom(stored.settings()), "a new password replaces it");
        assertEquals(Map.of(), smpp(Map.of("host", "********")).maskedSecretsFrom(Map.of("host", "x")), "only secrets are ever masked");
    }
}
