package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ThreadLocalRandom;

/** Creates the LRAs and accounts a test needs through the operator API. */
public final class Fixtures {

    public static final String PASSWORD = "secret-password-1";

    private final GatewayClient client;
    private final String admin = adminAuthorization();

    public Fixtures(GatewayClient client) {
        this.client = client;
    }

    public static String adminAuthorization() {
        return GatewayClient.basic("admin", GatewayClient.ADMIN_PASSWORD);
    }

    public String adminAuth() {
        return admin;
    }

    public int lra(String name) {
        int id = ThreadLocalRandom.current().nextInt(1_000, 1_000_000_000);
        GatewayClient.Reply reply = client.post("manage/lras", admin, "{\"id\":" + id + ",\"name\":\"" + name + "\"}");
        assertEquals(201, reply.status(), reply.toString());
        return id;
    }

    /** Creates an account and returns its Basic authorization header value. */
    public String account(String prefix, int lra, String extraJson) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"lra\":" + lra
                + (extraJson.isEmpty() ? "" : "," + extraJson) + "}";
        GatewayClient.Reply reply = client.post("manage/accounts", admin, body);
        assertEquals(201, reply.status(), reply.toString());
        return GatewayClient.basic(username, PASSWORD);
    }

    public static String username(String basicAuthorization) {
        String decoded = new String(java.util.Base64.getDecoder().decode(basicAuthorization.substring("Basic ".length())));
        return decoded.substring(0, decoded.indexOf(':'));
    }

    /** Creates an API key for the account (as the account itself) and returns its Bearer header value. */
    public String apiKey(String accountAuthorization, String... permissions) {
        String list = String.join("\",\"", permissions);
        GatewayClient.Reply reply = client.post("manage/accounts/" + username(accountAuthorization) + "/api-keys", accountAuthorization,
                "{\"name\":\"test key\",\"permissions\":[\"" + list + "\"]}");
        assertEquals(201, reply.status(), reply.toString());
        return "Bearer " + reply.json().getString("secret");
    }
}
