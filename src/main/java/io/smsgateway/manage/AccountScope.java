package io.smsgateway.manage;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.Account;
import io.smsgateway.account.AccountService;
import io.smsgateway.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves the account of a {@code /manage/accounts/{username}/...} path for its caller: an ADMIN, or the account itself. */
@ApplicationScoped
public class AccountScope {

    @Inject
    private OperatorAuthentication operator;

    @Inject
    private AccountService accounts;

    public Account adminOrSelf(String username, String what) {
        Account caller = operator.caller();
        if (!caller.hasRole(Role.ADMIN) && !caller.getUsername().equals(username)) {
            throw new AccessDeniedException("Only an ADMIN or the account itself manages its " + what);
        }
        return accounts.account(username);
    }

    public Account adminOnly(String username) {
        operator.admin();
        return accounts.account(username);
    }
}
