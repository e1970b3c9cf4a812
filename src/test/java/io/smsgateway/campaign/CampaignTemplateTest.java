package io.smsgateway.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CampaignTemplateTest {

    @Test
    void fillsEveryPlaceholderWithTheRecipientsValue() {
        CampaignTemplate template = new CampaignTemplate("Hello {name}, your code is {code}. Bye {name}!");
        assertEquals("Hello Ann, your code is A1. Bye Ann!", template.render(Map.of("name", "Ann", "code", "A1")));
    }

    @Test
    void valuesAreInsertedLiterallyEvenWithRegexCharacters() {
        assertEquals("Pay $5 \\ now", new CampaignTemplate("Pay {amount} now").render(Map.of("amount", "$5 \\")));
    }

    @Test
    void reportsTheFirstMissingOrBlankField() {
        CampaignTemplate template = new CampaignTemplate("{greeting} {name}");
        assertEquals(Optional.of("greeting"), template.missingField(Map.of("name", "Ann")));
        assertEquals(Optional.of("name"), template.missingField(Map.of("greeting", "Hi", "name", " ")));
        assertEquals(Optional.empty(), template.missingField(Map.of("greeting", "Hi", "name", "Ann")));
    }

    @Test
    void bracesThatAreNotPlaceholdersStayAsTheyAre() {
        CampaignTemplate template = new CampaignTemplate("JSON {} and { spaced } and {1x}");
        assertEquals(Optional.empty(), template.missingField(Map.of()));
        assertEquals("JSON {} and { spaced } and {1x}", template.render(Map.of()));
    }
}
