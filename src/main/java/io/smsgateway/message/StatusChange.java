package io.smsgateway.message;

import io.smsgateway.kernel.MessageStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a message's status history. */
@Entity
@Table(name = "message_status_change")
public class StatusChange {

    @Id
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private Message message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status;

    private String detail;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StatusChange() {
    }

    StatusChange(Message message, MessageStatus status, String detail, Instant changedAt) {
        this.message = message;
        this.status = status;
        this.detail = detail;
        this.changedAt = changedAt;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
