package io.smsgateway.api;

import io.smsgateway.shared.PayloadTooLargeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large request body copied to a temporary file before it is processed: reading it from the file
 * inside a database transaction takes as long as the disk needs, while a slow client reading from the
 * socket could hold the transaction (and a pooled connection) open for as long as it likes.
 */
public final class SpooledBody implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path file;

    private SpooledBody(Path file) {
        this.file = file;
    }

    /** Copies the body, refusing it with {@link PayloadTooLargeException} beyond {@code maxBytes}. */
    public static SpooledBody of(InputStream body, long maxBytes) {
        Path file;
        try {
            file = Files.createTempFile("sms-gateway-upload-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("no room for a temporary upload file", e);
        }
        SpooledBody spooled = new SpooledBody(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (body != null) {
                byte[] buffer = new byte[BUFFER];
                long total = 0;
                for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
                    total += read;
                    if (total > maxBytes) {
                        throw new PayloadTooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            return spooled;
        } catch (IOException e) {
            spooled.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            spooled.close();
            throw e;
        }
    }

    /** The body as UTF-8 text; malformed bytes become replacement characters, as on the socket. */
    public BufferedReader reader() {
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
