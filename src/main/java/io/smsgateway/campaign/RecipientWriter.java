package io.smsgateway.campaign;

import io.smsgateway.shared.Jsons;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Writes a campaign's recipients with JDBC batches on the transaction's own connection, so that a
 * list of any length is stored at database speed with a constant amount of memory.
 */
final class RecipientWriter implements AutoCloseable {

    private static final int BATCH = 1000;
    private static final String INSERT = "insert into campaign_recipient (campaign_id, line, recipient, fields, status, reason)"
            + " values (?, ?, ?, ?, ?, ?)";

    private final String campaignId;
    private final PreparedStatement statement;
    private int pending;

    RecipientWriter(Connection connection, String campaignId) throws SQLException {
        this.campaignId = campaignId;
        this.statement = connection.prepareStatement(INSERT);
    }

    void write(int line, String recipient, Map<String, String> fields, RecipientStatus status, String reason) throws SQLException {
        statement.setString(1, campaignId);
        statement.setInt(2, line);
        statement.setString(3, truncate(recipient, 64));
        statement.setString(4, fields.isEmpty() ? null : json(fields));
        statement.setString(5, status.name());
        statement.setString(6, reason == null ? null : truncate(reason, 500));
        statement.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }

    private static String json(Map<String, String> fields) {
        JsonObjectBuilder object = Jsons.object();
        fields.forEach((name, value) -> object.add(name, value == null ? "" : value));
        String json = object.build().toString();
        return json.length() <= 2000 ? json : "{}";
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
