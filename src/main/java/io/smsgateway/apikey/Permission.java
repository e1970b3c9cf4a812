package io.smsgateway.apikey;

import java.util.Arrays;
import java.util.Optional;

/** What an API key may do, named as on the wire ({@code create:SingleSMS}). */
public enum Permission {
    CREATE_SINGLE_SMS("create:SingleSMS"),
    READ_MESSAGE("read:Message"),
    DELETE_MESSAGE("delete:Message"),
    CREATE_CAMPAIGN("create:Campaign"),
    READ_CAMPAIGN("read:Campaign"),
    DELETE_CAMPAIGN("delete:Campaign"),
    READ_OPTOUT("read:Optout"),
    CREATE_OPTOUT("create:Optout"),
    DELETE_OPTOUT("delete:Optout");

    private final String wireName;

    Permission(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Permission> fromWire(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }
}
