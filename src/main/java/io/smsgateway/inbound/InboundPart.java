package io.smsgateway.inbound;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One part of a concatenated inbound SMS, kept until all parts are in. */
@Entity
@Table(name = "inbound_part")
public class InboundPart {

    @Embeddable
    public static class Key implements Serializable {

        private String provider;
        private String source;
        private int reference;

        @Column(name = "part_number")
        private int partNumber;

        protected Key() {
        }

        Key(String provider, String source, int reference, int partNumber) {
            this.provider = provider;
            this.source = source;
            this.reference = reference;
            this.partNumber = partNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.reference == reference && key.partNumber == partNumber
                    && key.provider.equals(provider) && key.source.equals(source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(provider, source, reference, partNumber);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "total_parts", nullable = false)
    private int totalParts;

    @Column(nullable = false)
    private String destination;

    @Column(nullable = false)
    private String body;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InboundPart() {
    }

    InboundPart(String provider, String source, int reference, int partNumber, int totalParts, String destination, String body,
            Instant receivedAt) {
        this.key = new Key(provider, source, reference, partNumber);
        this.totalParts = totalParts;
        this.destination = destination;
        this.body = body;
        this.receivedAt = receivedAt;
    }

    int partNumber() {
        return key.partNumber;
    }

    String body() {
        return body;
    }
}
