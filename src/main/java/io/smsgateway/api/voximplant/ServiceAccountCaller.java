package io.smsgateway.api.voximplant;

import io.smsgateway.serviceaccount.PlatformRole;
import io.smsgateway.serviceaccount.ServiceAccount;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;

/**
 * A service account that signed the request's JWT. Its roles are its platform roles (Owner, Admin...)
 * and, when one of them may send SMS, {@value #SENDS_SMS}: which roles those are stays the platform
 * role's own rule.
 */
record ServiceAccountCaller(ServiceAccount serviceAccount) implements Principal {

    static final String SENDS_SMS = "sms";

    @Override
    public String getName() {
        return serviceAccount.getKeyId();
    }

    Set<String> roles() {
        Set<String> roles = new HashSet<>();
        serviceAccount.getRoles().stream().map(PlatformRole::wireName).forEach(roles::add);
        if (serviceAccount.maySendSms()) {
            roles.add(SENDS_SMS);
        }
        return roles;
    }
}
