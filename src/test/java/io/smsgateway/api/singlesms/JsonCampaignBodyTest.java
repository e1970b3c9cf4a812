package io.smsgateway.api.singlesms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.smsgateway.campaign.RecipientLine;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCampaignBodyTest {

    private static JsonCampaignBody read(String json) {
        return JsonCampaignBody.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<RecipientLine> recipients(JsonCampaignBody body) {
        List<RecipientLine> lines = new ArrayList<>();
        body.recipients().forEachRemaining(lines::add);
        return lines;
    }

    private static void assertRefused(String expectedObject, String json) {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> recipients(read(json)));
        assertEquals(expectedObject, failure.object());
    }

    @Test
    void settingsAreReadWhereverTheRecipientsStand() {
        JsonCampaignBody body = read("{\"recipients\":[\"447900000001\"],\"text\":\"Hi {name}\",\"originator\":\"Acme\","
                + "\"excludeOptouts\":true,\"meta\":{\"a\":[1,2]}}");
        assertEquals("Hi {name}", body.settings().getString("text"));
        assertEquals("Acme", body.settings().getString("originator"));
        assertEquals(true, body.settings().getBoolean("excludeOptouts"));
        assertFalse(body.settings().containsKey("recipients"));
        assertEquals(List.of(new RecipientLine(1, "+447900000001", Map.of())), recipients(body));
    }

    @Test
    void recipientsAreNumbersOrObjectsWithTheirFieldsInOrder() {
        JsonCampaignBody body = read("{\"text\":\"x\",\"skipped\":[{\"recipient\":\"no\"}],\"recipients\":["
                + "\"+447900000001\", 447900000002, {\"recipient\":\"00447900000003\",\"name\":\"Ann\",\"code\":7},"
                + " null, [\"nested\"], {\"name\":\"nobody\"}]}");
        List<RecipientLine> lines = recipients(body);
        assertEquals(6, lines.size());
        assertEquals(new RecipientLine(1, "+447900000001", Map.of()), lines.get(0));
        assertEquals(new RecipientLine(2, "+447900000002", Map.of()), lines.get(1));
        assertEquals(new RecipientLine(3, "+447900000003", Map.of("name", "Ann", "code", "7")), lines.get(2));
        assertEquals(List.of(4, 5, 6), lines.subList(3, 6).stream().map(RecipientLine::line).toList());
        assertEquals(Map.of("name", "nobody"), lines.get(5).fields());
    }

    @Test
    void theRecipientsAreTheListEvenAfterARecipientsMemberThatIsNull() {
        assertEquals(List.of(new RecipientLine(1, "+447900000001", Map.of())),
                recipients(read("{\"recipients\":null,\"text\":\"x\",\"recipients\":[\"447900000001\"]}")));
    }

    @Test
    void theIteratorEndsWithTheList() {
        Iterator<RecipientLine> lines = read("{\"recipients\":[]}").recipients();
        assertFalse(lines.hasNext());
        assertFalse(lines.hasNext());
    }

    @Test
    void missingOrMistypedRecipientsAreNamed() {
        assertRefused("Missing Recipients object", "{\"text\":\"x\"}");
        assertRefused("Missing Recipients object", "{\"recipients\":null}");
        assertRefused("Invalid Recipients object", "{\"recipients\":\"447900000001\"}");
        assertRefused("Invalid Recipients object", "{\"recipients\":{\"recipient\":\"447900000001\"}}");
    }

    @Test
    void bodiesThatAreNotOneJsonObjectAreInvalidJson() {
        assertRefused("Invalid JSON object", "");
        assertRefused("Invalid JSON object", "[1,2]");
        assertRefused("Invalid JSON object", "{\"text\":");
        assertRefused("Invalid JSON object", "{\"text\":\"x\",\"recipients\":[]} trailing");
        assertRefused("Invalid JSON object", "{\"text\":\"x\",\"recipients\":[\"447900000001\",,]}");
        assertRefused("Invalid JSON object", "{\"text\":\"x\",\"recipients\":[\"447900000001\"");
    }

    @Test
    void aBodyCutOffAnywhereIsRefusedAtOnce() {
        String whole = "{\"meta\":{\"a\":[1,{\"b\":2}]},\"recipients\":[\"447900000001\",{\"recipient\":\"447900000002\",\"name\":\"Ann\"}],"
                + "\"text\":\"Hi {name}\"}";
        for (int length = 0; length < whole.length(); length++) {
            String cut = whole.substring(0, length);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertRefused("Invalid JSON object", cut), cut);
        }
    }
}
