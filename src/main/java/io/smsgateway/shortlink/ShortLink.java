package io.smsgateway.shortlink;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A short code standing for a URL in one message, with the clicks it received. */
@Entity
@Table(name = "short_link")
public class ShortLink {

    @Id
    private String code;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(nullable = false)
    private String url;

    private long clicks;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ShortLink() {
    }

    ShortLink(String code, String messageId, String url) {
        this.code = code;
        this.messageId = messageId;
        this.url = url;
        this.createdAt = Instant.now();
    }

    public String getCode() {
        return code;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getUrl() {
        return url;
    }

    public long getClicks() {
        return clicks;
    }
}
