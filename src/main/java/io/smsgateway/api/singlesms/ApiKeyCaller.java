package io.smsgateway.api.singlesms;

import io.smsgateway.apikey.ApiKey;
import io.smsgateway.apikey.Permission;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

/** An API key presented as {@code Authorization: Bearer <key>}; its roles are its permissions ({@code create:SingleSMS}...). */
record ApiKeyCaller(ApiKey key) implements Principal {

    @Override
    public String getName() {
        return key.getId();
    }

    Set<String> roles() {
        return key.getPermissions().stream().map(Permission::wireName).collect(Collectors.toSet());
    }
}
