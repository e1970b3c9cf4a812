package io.smsgateway.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real PostgreSQL (binaries from Maven Central) on {@link #PORT} before the Arquillian
 * extension starts Payara Micro, which the {@code payara-micro-postgres} container points at it.
 * The server lives until the test JVM ends, after Payara Micro has stopped.
 */
public class EmbeddedPostgresExtension implements BeforeAllCallback {

    public static final int PORT = 54329;
    private static EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (EmbeddedPostgresExtension.class) {
            if (postgres == null) {
                try {
                    postgres = EmbeddedPostgres.builder().setPort(PORT).start();
                } catch (IOException e) {
                    throw new UncheckedIOException("PostgreSQL did not start", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
            }
        }
    }

    public static EmbeddedPostgres server() {
        return postgres;
    }
}
