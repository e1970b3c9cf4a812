package io.smsgateway.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real Kannel 1.4.5 (Debian package {@code kannel}): a bearerbox whose SMPP link goes to a test
 * SMSC, and an smsbox serving {@code sendsms}, each its own process with a configuration written for
 * the test. Kannel is nobody's code on this project: it is the peer the HTTP provider's preset is for.
 */
final class KannelProcess implements AutoCloseable {

    static final Path BEARERBOX = Path.of("/usr/sbin/bearerbox");
    static final Path SMSBOX = Path.of("/usr/sbin/smsbox");
    static final String USERNAME = "gateway";
    static final String PASSWORD = "kannel-pw";
    private static final String ADMIN_PASSWORD = "kannel-admin";

    private final Path directory;
    private final int adminPort;
    private final int sendsmsPort;
    private final Process bearerbox;
    private final Process smsbox;
    private final HttpClient http = HttpClient.newHttpClient();

    static boolean installed() {
        return Files.isExecutable(BEARERBOX) && Files.isExecutable(SMSBOX);
    }

    /**
     * Starts Kannel with its SMPP link to {@code smscPort} (transceiver, user gateway/secret); the
     * SMSC answers submit_sm with hexadecimal ids and writes them in decimal in receipts
     * ({@code msg-id-type = 0x01}).
     */
    KannelProcess(int smscPort) throws IOException, InterruptedException {
        directory = Files.createTempDirectory("kannel-");
        adminPort = freePort();
        int smsboxPort = freePort();
        sendsmsPort = freePort();
        Path config = directory.resolve("kannel.conf");
        Files.writeString(config, String.join("\n", List.of(
                "group = core",
                "admin-port = " + adminPort,
                "admin-password = " + ADMIN_PASSWORD,
                "status-password = " + ADMIN_PASSWORD,
                "admin-allow-ip = \"127.0.0.1\"",
                "smsbox-port = " + smsboxPort,
                "box-allow-ip = \"127.0.0.1\"",
                "log-file = \"" + directory.resolve("bearerbox.log") + "\"",
                "log-level = 0",
                "store-type = file",
                "store-location = \"" + directory.resolve("kannel.store") + "\"",
                "dlr-storage = internal",
                "",
                "group = smsc",
                "smsc = smpp",
                "smsc-id = upstream",
                "host = 127.0.0.1",
                "port = " + smscPort,
                "transceiver-mode = true",
                "smsc-username = gateway",
                "smsc-password = secret",
                "system-type = \"\"",
                "reconnect-delay = 1",
                "msg-id-type = 0x01",
                "",
                "group = smsbox",
                "bearerbox-host = 127.0.0.1",
                "bearerbox-port = " + smsboxPort,
                "sendsms-port = " + sendsmsPort,
                "log-file = \"" + directory.resolve("smsbox.log") + "\"",
                "log-level = 0",
                "",
                "group = sendsms-user",
                "username = " + USERNAME,
                "password = " + PASSWORD,
                "default-sender = ACME",
                "concatenation = true",
                "max-messages = 10",
                "")));
        bearerbox = start(BEARERBOX, config, "bearerbox.out");
        Eventually.holds("Kannel's bearerbox answering", () -> status().contains("Status: running"));
        smsbox = start(SMSBOX, config, "smsbox.out");
        Eventually.holds("Kannel's smsbox answering", () -> sendsmsAnswers());
    }

    private Process start(Path program, Path config, String output) throws IOException {
        return new ProcessBuilder(program.toString(), config.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve(output).toFile())
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Where the gateway's Kannel preset sends: Kannel's sendsms. */
    String sendsmsUrl() {
        return "http://127.0.0.1:" + sendsmsPort + "/cgi-bin/sendsms";
    }

    /** Kannel's own status page (status.txt). */
    String status() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/status.txt?password=" + ADMIN_PASSWORD))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Whether Kannel's SMPP link to the SMSC is bound. */
    boolean smscOnline() {
        return status().matches("(?s).*upstream\\[upstream\\]\\s+SMPP:[^\\n]*\\(online .*");
    }

    private boolean sendsmsAnswers() {
        try {
            http.send(HttpRequest.newBuilder(URI.create(sendsmsUrl())).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kannel's logs, for a failing test's message. */
    String logs() {
        StringBuilder logs = new StringBuilder();
        for (String name : List.of("bearerbox.log", "smsbox.log")) {
            try {
                List<String> lines = Files.readAllLines(directory.resolve(name));
                logs.append("--- ").append(name).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))).append('\n');
            } catch (IOException e) {
                logs.append("--- ").append(name).append(": ").append(e.getMessage()).append('\n');
            }
        }
        return logs.toString();
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : List.of(smsbox, bearerbox)) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
