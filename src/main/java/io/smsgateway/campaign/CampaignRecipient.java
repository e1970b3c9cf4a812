package io.smsgateway.campaign;

import io.smsgateway.shared.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One recipient of a campaign and what became of it. Rows are written in bulk by {@link RecipientWriter}. */
@Entity
@Table(name = "campaign_recipient")
public class CampaignRecipient {

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "campaign_id")
        private String campaignId;

        private int line;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.line == line && key.campaignId.equals(campaignId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, line);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String recipient;

    private String fields;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientStatus status;

    private String reason;

    @Column(name = "message_id")
    private String messageId;

    protected CampaignRecipient() {
    }

    public int getLine() {
        return key.line;
    }

    public String getRecipient() {
        return recipient;
    }

    public RecipientStatus getStatus() {
        return status;
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<UUID> getMessageId() {
        return Optional.ofNullable(messageId).map(UUID::fromString);
    }

    Map<String, String> fieldValues() {
        Map<String, String> values = new LinkedHashMap<>();
        if (fields != null) {
            try (JsonReader reader = Jsons.reader(new StringReader(fields))) {
                JsonObject object = reader.readObject();
                object.forEach((name, value) -> values.put(name, value instanceof JsonString s ? s.getString() : value.toString()));
            }
        }
        return values;
    }

    void released(UUID message) {
        this.status = RecipientStatus.RELEASED;
        this.messageId = message.toString();
    }

    void refused(RecipientStatus outcome, String why, UUID message) {
        this.status = outcome;
        this.reason = why;
        this.messageId = message == null ? null : message.toString();
    }
}
