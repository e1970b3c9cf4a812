package io.smsgateway.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A Local Registration Authority: the organisational unit accounts belong to. Its id is chosen by the operator. */
@Entity
@Table(name = "lra")
public class Lra {

    @Id
    private Integer id;

    /** Optimistic lock: a change made on a stale copy fails with 409 instead of silently undoing another. */
    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Lra() {
    }

    public Lra(int id, String name) {
        this.id = id;
        this.name = name;
        this.createdAt = Instant.now();
    }

    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
