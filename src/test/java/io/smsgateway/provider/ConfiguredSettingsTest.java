package io.smsgateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsgateway.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfiguredSettingsTest {

    private static Map<String, String> settings(String provider, Map<String, String> config) {
        return ConfiguredSettings.of(provider, config.keySet(), name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void environmentVariablesNameTheKeysInUpperCaseWithUnderscores() {
        Map<String, String> config = Map.of(
                "GATEWAY_PROVIDER_CARRIER_A_SETTINGS_HOST", "smsc.example.net",
                "GATEWAY_PROVIDER_CARRIER_A_SETTINGS_SYSTEM_ID", "acme",
                "GATEWAY_PROVIDER_CARRIER_A_SETTINGS_RESPONSE_TIMEOUT_MILLIS", "5000",
                "GATEWAY_PROVIDER_CARRIER_B_SETTINGS_HOST", "another.example.net");
        assertEquals(Map.of("host", "smsc.example.net", "systemId", "acme", "responseTimeoutMillis", "5000"), settings("carrier-a", config));
    }

    @Test
    void oneJsonObjectGivesThemAllAndSinglePropertiesWin() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("GATEWAY_PROVIDER_SINK_SETTINGS", "{\"host\":\"127.0.0.1\",\"port\":2775,\"systemId\":\"bench\",\"window\":\"64\"}");
        config.put("gateway.provider.sink.settings.window", "10");
        assertEquals(Map.of("host", "127.0.0.1", "port", "2775", "systemId", "bench", "window", "10"), settings("sink", config));
    }

    @Test
    void dottedPropertiesKeepTheirKeysAsWritten() {
        assertEquals(Map.of("systemId", "acme"), settings("smsc", Map.of("gateway.provider.smsc.settings.systemId", "acme")));
    }

    @Test
    void settingsThatAreNoJsonObjectAreRefusedWithAReason() {
        assertThrows(InvalidInputException.class, () -> settings("sink", Map.of("gateway.provider.sink.settings", "host=127.0.0.1")));
    }
}
