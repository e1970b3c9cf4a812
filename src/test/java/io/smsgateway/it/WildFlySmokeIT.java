package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The unchanged WAR on WildFly: deployed on a server set up only by the repository's CLI script, it
 * sends in every dialect with the same wire, fires a scheduled send on the EJB timer, runs a small
 * campaign, applies an SMPP receipt, takes a provider change at once, and reports health and OpenAPI.
 */
class WildFlySmokeIT {

    /**
     * WildFly serves one document per host, built from its own host settings: it always writes
     * {@code license} and {@code externalDocs} objects, empty unless those settings are given (README).
     * Everything else in the document must be valid.
     */
    private static final List<String> WILDFLY_HOST_DOCUMENT_EMPTIES = List.of(
            "attribute info.license.name is missing", "attribute info.license.identifier is missing", "attribute externalDocs.url is missing");

    private static SmppTestServer smsc;
    private static WildFlyProcess wildfly;
    private static GatewayClient client;
    private static Fixtures fixtures;
    private static String account;

    @BeforeAll
    static void startWildFly() throws Exception {
        smsc = new SmppTestServer();
        Path work = Files.createTempDirectory(Path.of("target"), "wildfly-run-");
        wildfly = WildFlyProcess.start(work, List.of(
                "gateway.db.url=jdbc:h2:file:" + work.toAbsolutePath().resolve("gateway")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                "gateway.simulator.delivery-delay-ms=200")).awaitReady();
        client = wildfly.client();
        fixtures = new Fixtures(client);
        account = fixtures.account("wildfly", fixtures.lra("WildFly smoke"), "");
    }

    @AfterAll
    static void stop() throws Exception {
        if (wildfly != null) {
            wildfly.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    @Test
    void readinessIncludesTheDatabase() {
        GatewayClient.Reply ready = client.getAbsolute(wildfly.health("ready"));
        assertEquals(200, ready.status(), ready.toString());
        assertTrue(ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(check -> check.getString("name").equals("database") && check.getString("status").equals("UP")), ready.body());
    }

    @Test
    void servesAValidOpenApiDocumentOfEveryDialect() {
        GatewayClient.Reply document = client.get("openapi", null);
        assertEquals(200, document.status(), document.toString());
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body());
        List<String> messages = parsed.getMessages() == null ? List.of() : parsed.getMessages().stream()
                .filter(message -> !WILDFLY_HOST_DOCUMENT_EMPTIES.contains(message)).toList();
        assertTrue(messages.isEmpty(), String.valueOf(messages));
        for (String path : List.of("/api/Services/send", "/send/single", "/platform_api/SendSmsMessage", "/manage/providers")) {
            assertTrue(parsed.getOpenAPI().getPaths().containsKey(path), path);
        }
    }

    @Test
    void aProviderAddedAtRunTimeTakesMessagesAtOnceAndItsReceiptSettlesThem() {
        GatewayClient.Reply created = client.post("manage/providers", fixtures.adminAuth(), "{\"name\":\"smsc\",\"type\":\"SMPP\","
                + "\"prefixes\":[\"+4473\"],\"throughput\":100,\"settings\":{\"host\":\"127.0.0.1\",\"port\":\"" + smsc.port() + "\","
                + "\"systemId\":\"gateway\",\"password\":\"secret\",\"receiptIdFormat\":\"decimal-in-receipts\"}}");
        assertEquals(201, created.status(), created.toString());
        Eventually.holds("smsc bound", () -> client.get("manage/providers/smsc", fixtures.adminAuth()).json().getBoolean("available"));

        String id = client.send(account, "+447300000001", "Namirial on WildFly " + UUID.randomUUID());
        client.awaitStatus(id, account, "DELIVERED");
        assertEquals(1, smsc.submitted().stream().filter(s -> s.destination().equals("447300000001")).count());
    }

    @Test
    void theApiKeyDialectSchedulesOnTheEjbTimerWithItsOwnWireFormat() {
        String key = fixtures.apiKey(account, "create:SingleSMS", "read:Message");
        Instant at = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.MILLIS);
        GatewayClient.Reply reply = client.post("send/single", key, "{\"text\":\"later " + UUID.randomUUID()
                + "\",\"originator\":\"Acme\",\"recipient\":\"447900000012\",\"scheduleDateTime\":\"" + at + "\"}");
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.json().getBoolean("success"));
        JsonObject record = reply.json().getJsonObject("record");
        assertEquals(at, Instant.parse(record.getString("scheduled")), "timestamps stay ISO-8601 strings: " + record);
        String id = record.getString("id");

        JsonObject sent = Eventually.until("scheduled message delivered", () -> client.get("messages/" + id, key).json().getJsonObject("record"),
                message -> message.getString("status").equals("DELIVERED"));
        assertFalse(Instant.now().isBefore(at), sent.toString());
    }

    @Test
    void thePlatformDialectAnswersWithItsSnakeCaseNames() {
        String number = "447443332290";
        assertEquals(201, client.post("manage/accounts/" + Fixtures.username(account) + "/phone-numbers", fixtures.adminAuth(),
                "{\"number\":\"" + number + "\",\"smsSupported\":true}").status());
        assertEquals(200, client.patch("manage/accounts/" + Fixtures.username(account) + "/phone-numbers/" + number, account,
                "{\"smsEnabled\":true}").status());
        GatewayClient.Reply credentials = client.post("manage/accounts/" + Fixtures.username(account) + "/service-accounts", account,
                "{\"roles\":[\"Developer\"]}");
        assertEquals(201, credentials.status(), credentials.toString());
        JwtSigner developer = JwtSigner.fromCredentials(credentials.json());

        GatewayClient.Reply reply = client.post("platform_api/SendSmsMessage?source=" + number + "&destination=447443332291&sms_body="
                + URLEncoder.encode("Platform on WildFly", StandardCharsets.UTF_8), developer.bearer(), "{}");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(1, reply.json().getInt("result"));
        assertEquals(1, reply.json().getInt("fragments_count"), reply.body());
        assertTrue(reply.json().getJsonNumber("message_id").longValue() > 0, reply.body());
    }

    @Test
    void aSmallCampaignCompletes() {
        String key = fixtures.apiKey(account, "create:SingleSMS", "create:Campaign", "read:Campaign");
        GatewayClient.Reply reply = client.post("send/campaign", key, "{\"name\":\"WildFly\",\"text\":\"Hello {name}\",\"originator\":\"Acme\","
                + "\"recipients\":[{\"recipient\":\"447900000021\",\"name\":\"Ann\"},{\"recipient\":\"447900000022\",\"name\":\"Bob\"}]}");
        assertEquals(200, reply.status(), reply.toString());
        String id = reply.json().getJsonObject("record").getString("id");
        Eventually.until("campaign completed", () -> client.get("campaigns/" + id, key).json().getJsonObject("record"),
                campaign -> campaign.getString("status").equals("COMPLETED") && campaign.getJsonObject("progress").getInt("delivered") == 2);
    }
}
