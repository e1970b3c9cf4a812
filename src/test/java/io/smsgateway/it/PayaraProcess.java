package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A Payara Micro with the gateway's WAR in its own JVM, started by a test that needs what Arquillian
 * cannot give: killing the JVM, or a second instance on the same database.
 */
final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final GatewayClient client;

    private PayaraProcess(Process process, GatewayClient client) {
        this.process = process;
        this.client = client;
    }

    /** Starts the gateway on {@code port} with the given {@code -D} settings, logging to {@code log}. */
    static PayaraProcess start(int port, List<String> systemProperties, Path log) throws IOException {
        String microJar = System.getProperty("payara.microJar", "target/payara-micro.jar");
        assertTrue(new File(microJar).isFile(), "Payara Micro jar missing: " + microJar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dgateway.admin.password=" + GatewayClient.ADMIN_PASSWORD, "-Dgateway.password.iterations=1024"));
        systemProperties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", microJar, "--deploy", new File("target/sms-gateway.war").getAbsolutePath(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new PayaraProcess(process, new GatewayClient(new URL("http://localhost:" + port + "/")));
    }

    GatewayClient client() {
        return client;
    }

    /** Waits until the gateway answers on its database and its operator API. */
    PayaraProcess awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        URI ready = client.serverRoot().resolve("/health/ready");
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), "Payara Micro exited");
            try {
                if (client.getAbsolute(ready).status() == 200 && client.get("manage/lras", Fixtures.adminAuthorization()).status() == 200) {
                    return this;
                }
            } catch (RuntimeException notYetListening) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("gateway did not become ready");
    }

    /** SIGTERM, as an orchestrator stops a container: the shutdown hooks and the server's grace period run. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the JVM to end; false when it still runs after {@code within}. */
    boolean awaitExit(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: no shutdown hook, no orderly undeploy. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
