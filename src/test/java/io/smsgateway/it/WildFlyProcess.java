package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A WildFly (the distribution fetched by the build into {@code target/}), set up by the repository's
 * CLI script and given the unchanged WAR, in its own JVM.
 */
final class WildFlyProcess implements AutoCloseable {

    private final Process process;
    private final GatewayClient client;
    private final URI management;

    private WildFlyProcess(Process process, GatewayClient client, URI management) {
        this.process = process;
        this.client = client;
        this.management = management;
    }

    /** Configures the server, deploys the WAR and starts it with the given {@code -D} settings, logging to {@code workDir/wildfly.log}. */
    static WildFlyProcess start(Path workDir, List<String> systemProperties) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("wildfly.home", "target/wildfly"));
        assertTrue(Files.isRegularFile(home.resolve("bin/standalone.sh")), "WildFly missing: " + home);
        Files.createDirectories(workDir);
        Path log = workDir.resolve("wildfly.log");
        configure(home, log);
        Path deployments = home.resolve("standalone/deployments");
        try (var old = Files.list(deployments)) {
            for (Path file : (Iterable<Path>) old.filter(f -> f.getFileName().toString().startsWith("sms-gateway.war"))::iterator) {
                Files.delete(file);
            }
        }
        Files.copy(Path.of("target/sms-gateway.war"), deployments.resolve("sms-gateway.war"), StandardCopyOption.REPLACE_EXISTING);

        int http = PayaraProcess.freePort();
        int managementPort = PayaraProcess.freePort();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(), "-c", "standalone.xml",
                "-Djboss.http.port=" + http, "-Djboss.https.port=" + PayaraProcess.freePort(),
                "-Djboss.management.http.port=" + managementPort, "-Djboss.management.https.port=" + PayaraProcess.freePort(),
                "-Dgateway.admin.password=" + GatewayClient.ADMIN_PASSWORD, "-Dgateway.password.iterations=1024"));
        systemProperties.forEach(property -> command.add("-D" + property));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Xmx768m");
        return new WildFlyProcess(builder.start(), new GatewayClient(new URL("http://localhost:" + http + "/")),
                URI.create("http://localhost:" + managementPort + "/"));
    }

    /** Runs server-config/wildfly/configure.cli against the server's standalone.xml (offline; idempotent). */
    private static void configure(Path home, Path log) throws IOException, InterruptedException {
        Process cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(),
                "--file=" + new File("server-config/wildfly/configure.cli").getAbsolutePath())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertTrue(cli.waitFor(120, TimeUnit.SECONDS), "jboss-cli did not finish");
        assertEquals(0, cli.exitValue(), "configure.cli failed, see " + log);
    }

    GatewayClient client() {
        return client;
    }

    /** WildFly serves MicroProfile Health on its management interface, not beside the application. */
    URI health(String path) {
        return management.resolve("health/" + path);
    }

    /** Waits until the server reports ready (the gateway's database check included) and the operator API answers. */
    WildFlyProcess awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), "WildFly exited");
            try {
                if (client.getAbsolute(health("ready")).status() == 200 && client.get("manage/lras", Fixtures.adminAuthorization()).status() == 200) {
                    return this;
                }
            } catch (RuntimeException notYetListening) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("WildFly did not become ready");
    }

    /** The launcher script runs the server as its child: both go. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }
}
