package io.smsgateway.manage;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.Account;
import io.smsgateway.account.AccountService;
import io.smsgateway.account.Role;
import io.smsgateway.api.BasicAuthentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves the account of a {@code /manage/accounts/{username}/...} path for its caller: an ADMIN, or the account itself. */
@ApplicationScoped
public class AccountScope {

    @Inject
    private BasicAuthentication authentication;

    @Inject
    private AccountService accounts;

    public Account adminOrSelf(String authorization, String username, String what) {
        Account caller = authentication.caller(authorization);
        if (!caller.hasRole(Role.ADMIN) && !caller.getUsername().equals(username)) {
            throw new AccessDeniedException("Only an ADMIN or the account itself manages its " + what);
        }
        return accounts.account(username);
    }

    public Account adminOnly(String authorization, String username) {
        authentication.admin(authorization);
        return accounts.account(username);
    }
}
