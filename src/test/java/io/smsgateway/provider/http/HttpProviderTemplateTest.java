package io.smsgateway.provider.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpProviderTemplateTest {

    private static Map<String, String> values(String text) {
        // Insertion order that used to expand {text} first and then the placeholders inside it.
        Map<String, String> values = new LinkedHashMap<>();
        values.put("text", text);
        values.put("to", "+393401234567");
        values.put("id", "7f3e");
        values.put("from", "ACME");
        values.put("coding", "0");
        values.put("dlrUrl", "https://gw.example/callbacks/http/p?id=7f3e&status=%d");
        return values;
    }

    @Test
    void placeholdersInsideTheTextAreNeverExpanded() {
        String body = HttpProvider.fill("{\"to\":\"{to}\",\"text\":\"{text}\",\"ref\":\"{id}\"}", values("Your {id} is {to} \"quoted\" {dlrUrl}"), false);
        assertEquals("{\"to\":\"+393401234567\",\"text\":\"Your {id} is {to} \\\"quoted\\\" {dlrUrl}\",\"ref\":\"7f3e\"}", body);
    }

    @Test
    void urlTemplatesEncodeEveryValueOnce() {
        String url = HttpProvider.fill("https://up.example/send?to={to}&text={text}&dlr={dlrUrl}&x={unknown}", values("a&b {to} $1"), true);
        assertEquals("https://up.example/send?to=%2B393401234567&text=a%26b+%7Bto%7D+%241"
                + "&dlr=https%3A%2F%2Fgw.example%2Fcallbacks%2Fhttp%2Fp%3Fid%3D7f3e%26status%3D%25d&x={unknown}", url);
    }
}
