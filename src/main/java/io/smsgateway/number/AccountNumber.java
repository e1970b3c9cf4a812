package io.smsgateway.number;

import io.smsgateway.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A phone number that belongs to an account: it may be the source of the account's SMS when the
 * number supports SMS and the account has switched SMS on for it.
 */
@Entity
@Table(name = "phone_number")
public class AccountNumber {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_number_seq")
    @SequenceGenerator(name = "phone_number_seq", sequenceName = "phone_number_seq", allocationSize = 50)
    private Long id;

    /** Optimistic lock: a change made on a stale copy fails with 409 instead of silently undoing another. */
    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String number;

    @Column(name = "sms_supported", nullable = false)
    private boolean smsSupported;

    @Column(name = "sms_enabled", nullable = false)
    private boolean smsEnabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccountNumber() {
    }

    AccountNumber(Account account, String number, boolean smsSupported) {
        this.account = account;
        this.number = number;
        this.smsSupported = smsSupported;
        this.createdAt = Instant.now();
    }

    public long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getNumber() {
        return number;
    }

    public boolean isSmsSupported() {
        return smsSupported;
    }

    public boolean isSmsEnabled() {
        return smsEnabled;
    }

    public boolean canSendSms() {
        return smsSupported && smsEnabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void switchSms(boolean enabled) {
        this.smsEnabled = enabled;
    }

    void supportSms(boolean supported) {
        this.smsSupported = supported;
        if (!supported) {
            this.smsEnabled = false;
        }
    }
}
