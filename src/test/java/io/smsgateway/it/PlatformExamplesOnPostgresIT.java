package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform documentation's own Python, JavaScript and Go examples (src/test/resources/platform-examples,
 * copied verbatim), run by their interpreters against the gateway on PostgreSQL with only the host and
 * the token changed. An example whose interpreter this machine lacks is skipped. The examples all send
 * the same text to the same number, so this run's duplicate-text window is 5 seconds and the examples
 * run at least 6 seconds apart.
 */
@ExtendWith({EmbeddedPostgresExtension.class, ArquillianExtension.class})
@RunAsClient
class PlatformExamplesOnPostgresIT {

    private static final String DOCUMENTED_URL = "https://api.voximplant.com/platform_api/";
    private static final Pattern MESSAGE_ID = Pattern.compile("message_id['\"]?\\s*:\\s*(\\d+)");

    @ArquillianResource
    private URL deploymentUrl;

    private static String token;
    private static Instant lastRun = Instant.EPOCH;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gateway();
    }

    @BeforeEach
    void setUp() {
        if (token != null) {
            return;
        }
        GatewayClient client = new GatewayClient(deploymentUrl);
        Fixtures fixtures = new Fixtures(client);
        String account = fixtures.account("examples", fixtures.lra("Examples"), "");
        String numbers = "manage/accounts/" + Fixtures.username(account) + "/phone-numbers";
        assertEquals(201, client.post(numbers, fixtures.adminAuth(), "{\"number\":\"447443332211\"}").status());
        assertEquals(200, client.patch(numbers + "/447443332211", account, "{\"smsEnabled\":true}").status());
        GatewayClient.Reply credentials = client.post("manage/accounts/" + Fixtures.username(account) + "/service-accounts", account,
                "{\"roles\":[\"CallsSMS\"]}");
        assertEquals(201, credentials.status(), credentials.toString());
        token = JwtSigner.fromCredentials(credentials.json()).bearer().substring("Bearer ".length());
    }

    @Test
    void thePythonExampleSends() throws Exception {
        assertSent(run("example.py", List.of("python3", "-c", "import requests"), "python3"));
    }

    @Test
    void theJavaScriptExampleSends() throws Exception {
        assertSent(run("example.mjs", List.of("node", "--version"), "node"));
    }

    @Test
    void theGoExampleSends() throws Exception {
        assertSent(run("example.go", List.of("go", "version"), "go", "run"));
    }

    private static void assertSent(String output) {
        Matcher id = MESSAGE_ID.matcher(output);
        assertTrue(id.find(), "no message_id in the example's output: " + output);
        assertTrue(Long.parseLong(id.group(1)) > 0);
        assertTrue(output.contains("fragments_count"), output);
    }

    /** Runs the example with the documented host replaced by the gateway and {@code <token>} by a signed token. */
    private String run(String example, List<String> probe, String... interpreter) throws Exception {
        assumeTrue(succeeds(probe), "no " + interpreter[0] + " (with what the example imports) on this machine");
        String code;
        try (InputStream in = getClass().getResourceAsStream("/platform-examples/" + example)) {
            code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        code = code.replace(DOCUMENTED_URL, deploymentUrl + "platform_api/").replace("<token>", token);
        Path dir = Files.createTempDirectory(Path.of("target"), "example-");
        Path file = dir.resolve(example);
        Files.writeString(file, code);
        List<String> command = new ArrayList<>(List.of(interpreter));
        command.add(file.getFileName().toString());
        Duration sinceLast = Duration.between(lastRun, Instant.now());
        if (sinceLast.compareTo(Duration.ofSeconds(6)) < 0) {
            Thread.sleep(Duration.ofSeconds(6).minus(sinceLast).toMillis());
        }
        lastRun = Instant.now();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(finished, example + " did not finish: " + output);
        assertEquals(0, process.exitValue(), example + " failed at " + Instant.now() + ": " + output);
        return output;
    }

    private static boolean succeeds(List<String> command) {
        try {
            Duration sinceLast = Duration.between(lastRun, Instant.now());
        if (sinceLast.compareTo(Duration.ofSeconds(6)) < 0) {
            Thread.sleep(Duration.ofSeconds(6).minus(sinceLast).toMillis());
        }
        lastRun = Instant.now();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
