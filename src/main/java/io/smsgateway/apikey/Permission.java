package io.smsgateway.apikey;

import java.util.Arrays;
import java.util.Optional;

/** What an API key may do, named as on the wire ({@code create:SingleSMS}). */
public enum Permission {
    CREATE_SINGLE_SMS(Names.CREATE_SINGLE_SMS),
    READ_MESSAGE(Names.READ_MESSAGE),
    DELETE_MESSAGE(Names.DELETE_MESSAGE),
    CREATE_CAMPAIGN(Names.CREATE_CAMPAIGN),
    READ_CAMPAIGN(Names.READ_CAMPAIGN),
    DELETE_CAMPAIGN(Names.DELETE_CAMPAIGN),
    READ_OPTOUT(Names.READ_OPTOUT),
    CREATE_OPTOUT(Names.CREATE_OPTOUT),
    DELETE_OPTOUT(Names.DELETE_OPTOUT);

    /** The wire names as constants, for {@code @RolesAllowed} (an API key's roles are its permissions). */
    public static final class Names {
        public static final String CREATE_SINGLE_SMS = "create:SingleSMS";
        public static final String READ_MESSAGE = "read:Message";
        public static final String DELETE_MESSAGE = "delete:Message";
        public static final String CREATE_CAMPAIGN = "create:Campaign";
        public static final String READ_CAMPAIGN = "read:Campaign";
        public static final String DELETE_CAMPAIGN = "delete:Campaign";
        public static final String READ_OPTOUT = "read:Optout";
        public static final String CREATE_OPTOUT = "create:Optout";
        public static final String DELETE_OPTOUT = "delete:Optout";

        private Names() {
        }
    }

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
