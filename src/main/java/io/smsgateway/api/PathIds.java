package io.smsgateway.api;

import io.smsgateway.shared.UnknownEntityException;
import java.util.UUID;

/** Ids taken from request paths: one that is not even a UUID names nothing, so it is a 404 like an unknown one. */
public final class PathIds {

    private PathIds() {
    }

    /** @param entity what the id names, for the error message ("message", "campaign") */
    public static UUID uuid(String id, String entity) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownEntityException(entity + " " + id + " does not exist");
        }
    }
}
