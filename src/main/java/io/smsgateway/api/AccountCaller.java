package io.smsgateway.api;

import io.smsgateway.account.Account;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

/** An account authenticated by its username and password; its roles are the account's (USER, ADMIN). */
public record AccountCaller(Account account) implements Principal {

    @Override
    public String getName() {
        return account.getUsername();
    }

    public Set<String> roles() {
        return account.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    /** This caller as the request's security context, for the filters that authenticate accounts (Basic, console session). */
    public CallerContext context(boolean secure) {
        return new CallerContext(this, roles(), SecurityContext.BASIC_AUTH, secure, required -> "The " + String.join(" or ", required) + " role is required");
    }
}
