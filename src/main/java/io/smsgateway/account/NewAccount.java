package io.smsgateway.account;

import java.util.Set;

/** What an operator supplies to open an account. {@code referenceServices} null means the gateway's defaults. */
public record NewAccount(
        String username,
        String password,
        Integer lraId,
        Set<Role> roles,
        boolean allowUrls,
        Set<String> referenceServices) {
}
