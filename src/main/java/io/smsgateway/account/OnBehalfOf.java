package io.smsgateway.account;

import io.smsgateway.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Decides which account owns a message an administrator sends, possibly for someone else. */
@ApplicationScoped
@Transactional
public class OnBehalfOf {

    @Inject
    private AccountSnapshots accounts;

    /**
     * The owner of an administrative send: the named account (which must exist, be enabled and,
     * when an LRA is named too, belong to it), or the caller itself when no account is named.
     */
    public Account resolveOwner(Account caller, String accountName, Integer lraId) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("The ADMIN role is required to use this endpoint");
        }
        if (accountName == null || accountName.isBlank()) {
            if (lraId != null && !caller.belongsTo(lraId)) {
                throw new InvalidInputException("lra " + lraId + " requires the account to send on behalf of");
            }
            return caller;
        }
        Account owner = accounts.byUsername(accountName)
                .filter(Account::isEnabled)
                .orElseThrow(() -> new InvalidInputException("account '" + accountName + "' does not exist or is disabled"));
        if (lraId != null && !owner.belongsTo(lraId)) {
            throw new InvalidInputException("account '" + accountName + "' does not belong to lra " + lraId);
        }
        return owner;
    }
}
