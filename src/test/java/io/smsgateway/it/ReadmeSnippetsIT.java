package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's platform section runs as written: its curl commands and its Python token snippet (PyJWT
 * as installed by {@code .ci/run}), with only the server's address, the account and the numbers
 * replaced so that the block can run beside the other tests.
 */
class ReadmeSnippetsIT extends GatewayIntegrationTest {

    private static final String DOCUMENTED_BASE = "http://localhost:8080/";

    @Test
    void thePlatformSectionRunsAsWritten() throws Exception {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String username = "acme" + suffix;
        GatewayClient.Reply account = client.post("manage/accounts", fixtures.adminAuth(), "{\"username\":\"" + username
                + "\",\"password\":\"acme-password\",\"lra\":" + fixtures.lra("README") + "}");
        assertEquals(201, account.status(), account.toString());

        String script = block("### Voximplant-style platform API")
                .replace(DOCUMENTED_BASE, deploymentUrl.toString())
                .replace("acme:acme-password", username + ":acme-password")
                .replace("/accounts/acme/", "/accounts/" + username + "/")
                .replace("447443332211", "4474433" + suffix.substring(1))
                .replace("447443332212", "4474434" + suffix.substring(1))
                .replace("TOKEN=$(python3 ", "TOKEN=$(" + python() + " ");
        String output = bash(script);

        Matcher sent = Pattern.compile("\\{\"fragments_count\".*?\\}").matcher(output);
        assertTrue(sent.find(), "the documented send answered: " + output);
        JsonObject answer = Json.createReader(new StringReader(sent.group())).readObject();
        assertEquals(1, answer.getInt("result"), output);
        assertEquals(1, answer.getInt("fragments_count"), output);
        assertTrue(output.contains("\"result\":[{"), "GetPhoneNumbers listed the number: " + output);
    }

    /** The first bash block after the heading, as the README has it. */
    private static String block(String heading) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```bash\n", readme.indexOf(heading)) + "```bash\n".length();
        return readme.substring(start, readme.indexOf("\n```", start));
    }

    /** A Python 3 that has PyJWT with RS256 support: the one on the path, else the system's. */
    private static String python() throws Exception {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            Process probe = new ProcessBuilder(candidate, "-c", "import jwt, cryptography").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                return candidate;
            }
        }
        throw new AssertionError("no Python 3 with PyJWT and cryptography (.ci/run installs them)");
    }

    private static String bash(String script) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "readme-");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("ADMIN_PW", GatewayClient.ADMIN_PASSWORD); // as the README reads it from data/admin-password
        Process process = builder.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(finished, "the README block did not finish: " + output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
