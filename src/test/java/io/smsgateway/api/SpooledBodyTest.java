package io.smsgateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsgateway.shared.PayloadTooLargeException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpooledBodyTest {

    private static long uploadFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("sms-gateway-upload-")).count();
        }
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBodyIsReadBackAsTextAndTheFileGoesWithClose() throws IOException {
        long before = uploadFiles();
        try (SpooledBody spooled = SpooledBody.of(body("recipient\n447900000001\nÀ bientôt"), 1024); BufferedReader reader = spooled.reader()) {
            assertEquals(before + 1, uploadFiles());
            assertEquals("recipient", reader.readLine());
            assertEquals("447900000001", reader.readLine());
            assertEquals("À bientôt", reader.readLine());
        }
        assertEquals(before, uploadFiles());
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndLeavesNoFile() throws IOException {
        long before = uploadFiles();
        assertThrows(PayloadTooLargeException.class, () -> SpooledBody.of(body("x".repeat(200_000)), 100_000));
        assertEquals(before, uploadFiles());
    }

    @Test
    void malformedUtf8BecomesReplacementCharacters() throws IOException {
        try (SpooledBody spooled = SpooledBody.of(new ByteArrayInputStream(new byte[] {'a', (byte) 0xC3, '\n'}), 16);
                BufferedReader reader = spooled.reader()) {
            assertEquals("a\uFFFD", reader.readLine());
        }
    }
}
