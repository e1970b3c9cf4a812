package io.smsgateway.serviceaccount;

import java.util.Arrays;
import java.util.Optional;

/** Roles of a service account, named as the platform names them. */
public enum PlatformRole {
    OWNER("Owner", true),
    ADMIN("Admin", true),
    DEVELOPER("Developer", true),
    CALLS_SMS("CallsSMS", true),
    SUPERVISOR("Supervisor", false),
    SUPPORT("Support", false),
    ACCOUNTANT("Accountant", false);

    private final String wireName;
    private final boolean sendsSms;

    PlatformRole(String wireName, boolean sendsSms) {
        this.wireName = wireName;
        this.sendsSms = sendsSms;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the role may send SMS and manage the SMS settings of numbers. */
    public boolean sendsSms() {
        return sendsSms;
    }

    public static Optional<PlatformRole> fromWire(String name) {
        return Arrays.stream(values()).filter(role -> role.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
