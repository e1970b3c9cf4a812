package io.smsgateway.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Request bodies of every dialect are read here: bounded, and refused at once when they are not one JSON object. */
class JsonRequestsTest {

    private static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneObjectIsRead() {
        assertEquals("+393401234567", JsonRequests.readObject(body("{\"destination\":\"+393401234567\",\"n\":[1,{}]}"), 1024)
                .getString("destination"));
    }

    @Test
    void aBodyCutOffAnywhereIsRefusedAtOnce() {
        String whole = "{\"destination\":\"+393401234567\",\"text\":\"Hi\",\"reference\":{\"service\":\"ECOMMERCE\",\"tags\":[1,[2,{\"k\":3}]]}}";
        for (int length = 0; length < whole.length(); length++) {
            String cut = whole.substring(0, length);
            assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(InvalidInputException.class, () -> JsonRequests.readObject(body(cut), 1024)), cut);
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsTooLarge() {
        assertThrows(PayloadTooLargeException.class, () -> JsonRequests.readObject(body("{\"text\":\"" + "x".repeat(100) + "\"}"), 64));
    }

    @Test
    void deepNestingIsRefusedBeforeAnyParserSeesIt() {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> JsonRequests.readObject(body(deep), 65536));
        assertTrue(refused.getMessage().contains("nested deeper than 16 levels"), refused.getMessage());
        String sixteen = "{\"a\":" + "[".repeat(15) + "]".repeat(15) + "}";
        JsonRequests.readObject(body(sixteen), 65536);
    }

    @Test
    void bracketsInsideStringsAreText() {
        String text = "{\"text\":\"" + "[{".repeat(100) + "\\\"]\"}";
        assertEquals("[{".repeat(100) + "\"]", JsonRequests.readObject(body(text), 65536).getString("text"));
    }

    @Test
    void tooManyMembersOrElementsAndOverlongStringsAreRefused() {
        StringBuilder members = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            members.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":0");
        }
        assertThrows(InvalidInputException.class, () -> JsonRequests.readObject(body(members + "}"), 65536));
        String items = "{\"a\":[" + "0,".repeat(5000) + "0]}";
        assertThrows(InvalidInputException.class, () -> JsonRequests.readObject(body(items), 65536));
        String longString = "{\"a\":\"" + "x".repeat(40_000) + "\"}";
        assertThrows(InvalidInputException.class, () -> JsonRequests.readObject(body(longString), 65536));
        JsonShape.REQUEST.withArrayItems(Integer.MAX_VALUE).check(items.getBytes(StandardCharsets.UTF_8));
    }
}
