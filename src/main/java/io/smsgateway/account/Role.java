package io.smsgateway.account;

/** What an account may do: USER sends its own messages, ADMIN also operates the gateway and sends on behalf of others. */
public enum Role {
    USER,
    ADMIN
}
