package io.smsgateway.optout;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A number that asked one account not to message it again. */
@Entity
@Table(name = "optout")
public class Optout {

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "account_id")
        private long accountId;

        private String number;

        protected Key() {
        }

        Key(long accountId, String number) {
            this.accountId = accountId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId == accountId && key.number.equals(number);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, number);
        }
    }

    /** How the opt-out came about. */
    public enum Source {
        API,
        INBOUND
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Optout() {
    }

    Optout(long accountId, String number, Source source) {
        this.key = new Key(accountId, number);
        this.source = source.name();
        this.createdAt = Instant.now();
    }

    public String getNumber() {
        return key.number;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
