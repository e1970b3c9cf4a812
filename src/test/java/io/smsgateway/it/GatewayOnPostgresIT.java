package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same WAR on a real PostgreSQL: Flyway migrations, then a send and status round trip. */
@ExtendWith({EmbeddedPostgresExtension.class, ArquillianExtension.class})
@RunAsClient
class GatewayOnPostgresIT {

    @ArquillianResource
    private URL deploymentUrl;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gateway();
    }

    @Test
    void migrationsRunOnPostgresql() throws Exception {
        try (Connection connection = EmbeddedPostgresExtension.server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from flyway_schema_history where success")) {
            rows.next();
            assertTrue(rows.getInt(1) >= 1, "Flyway applied its migrations");
        }
        GatewayClient client = new GatewayClient(deploymentUrl);
        assertEquals(200, client.getAbsolute(client.serverRoot().resolve("/health/ready")).status());
    }

    @Test
    void sendAndStatusRoundTrip() throws Exception {
        GatewayClient client = new GatewayClient(deploymentUrl);
        Fixtures fixtures = new Fixtures(client);
        String user = fixtures.account("pg", fixtures.lra("PostgreSQL"), "");
        GatewayClient.Reply sent = client.post("api/Services/send", user,
                "{\"destination\":\"" + TestNumbers.italianMobile() + "\",\"text\":\"Hello from PostgreSQL " + UUID.randomUUID()
                        + "\",\"detailed\":true,\"reference\":{\"service\":\"ECOMMERCE\",\"key\":\"order-1\"}}");
        assertEquals(200, sent.status(), sent.toString());
        String id = sent.json().getString("id");

        JsonObject status = client.awaitStatus(id, user, "DELIVERED");
        assertEquals(4, status.getJsonArray("history").size());

        // duplicate detection reads back what PostgreSQL stored
        GatewayClient.Reply again = client.post("api/Services/send", user,
                "{\"destination\":\"" + status.getString("destination") + "\",\"text\":\"x" + id + "\"}");
        assertEquals(200, again.status());
        assertEquals(60, client.post("api/Services/send", user,
                "{\"destination\":\"" + status.getString("destination") + "\",\"text\":\"x" + id + "\"}").json().getInt("code"));
    }
}
