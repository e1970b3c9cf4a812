package io.smsgateway.manage;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.Account;
import io.smsgateway.account.AccountService;
import io.smsgateway.account.Role;
import io.smsgateway.api.AccountCaller;
import io.smsgateway.api.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Resolves the account of a {@code /manage/accounts/{username}/...} path for its caller: an ADMIN, or
 * the account itself. Not a {@code @RolesAllowed}: who may pass depends on the path.
 */
@ApplicationScoped
public class AccountScope {

    @Inject
    private AccountService accounts;

    public Account adminOrSelf(SecurityContext security, String username, String what) {
        Account caller = CallerContext.caller(security, AccountCaller.class).account();
        if (!caller.hasRole(Role.ADMIN) && !caller.getUsername().equals(username)) {
            throw new AccessDeniedException("Only an ADMIN or the account itself manages its " + what);
        }
        return accounts.account(username);
    }

    public Account adminOnly(SecurityContext security, String username) {
        if (!security.isUserInRole(Role.ADMIN.name())) {
            throw new AccessDeniedException("The ADMIN role is required");
        }
        return accounts.account(username);
    }
}
