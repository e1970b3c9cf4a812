package io.smsgateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.smsgateway.shared.InvalidInputException;
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
}
