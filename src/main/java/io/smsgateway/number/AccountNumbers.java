package io.smsgateway.number;

import io.smsgateway.account.Account;
import io.smsgateway.kernel.PhoneNumbers;
import io.smsgateway.kernel.Rejection;
import io.smsgateway.kernel.SendRejectedException;
import io.smsgateway.shared.DuplicateEntityException;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.StateConflictException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The phone numbers of each account and whether they may send SMS. */
@ApplicationScoped
@Transactional
public class AccountNumbers {

    @PersistenceContext
    private EntityManager em;

    public AccountNumber add(Account account, String number, boolean smsSupported) {
        String e164 = valid(number);
        if (find(e164).isPresent()) {
            throw new DuplicateEntityException("number " + e164 + " already belongs to an account");
        }
        AccountNumber added = new AccountNumber(em.getReference(Account.class, account.getId()), e164, smsSupported);
        em.persist(added);
        return added;
    }

    public List<AccountNumber> numbersOf(Account account) {
        return em.createQuery("select n from AccountNumber n where n.account.id = :account order by n.number", AccountNumber.class)
                .setParameter("account", account.getId())
                .getResultList();
    }

    public AccountNumber remove(Account account, String number) {
        AccountNumber owned = owned(account, number);
        em.remove(owned);
        return owned;
    }

    public AccountNumber updateSupport(Account account, String number, boolean smsSupported) {
        AccountNumber owned = owned(account, number);
        owned.supportSms(smsSupported);
        return owned;
    }

    /** Switches SMS on or off for one of the account's numbers; only numbers that support SMS can be switched on. */
    public AccountNumber controlSms(Account account, String number, boolean enabled) {
        AccountNumber owned = owned(account, number);
        if (enabled && !owned.isSmsSupported()) {
            throw new StateConflictException("number " + owned.getNumber() + " does not support SMS");
        }
        owned.switchSms(enabled);
        return owned;
    }

    /**
     * The number in E.164 form when it belongs to the account and may send SMS now.
     *
     * @throws SendRejectedException (INVALID_SOURCE) otherwise, without telling another account's number from an unknown one
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String requireSmsSource(Account account, String number) {
        String e164 = PhoneNumbers.withPlus(number == null ? "" : number);
        AccountNumber owned = find(e164)
                .filter(n -> n.getAccount().getId().equals(account.getId()))
                .orElseThrow(() -> new SendRejectedException(Rejection.INVALID_SOURCE, "source " + number + " is not a number of this account"));
        if (!owned.isSmsSupported()) {
            throw new SendRejectedException(Rejection.INVALID_SOURCE, "source " + owned.getNumber() + " does not support SMS");
        }
        if (!owned.isSmsEnabled()) {
            throw new SendRejectedException(Rejection.INVALID_SOURCE, "SMS is not enabled for source " + owned.getNumber());
        }
        return e164;
    }

    /** Whether the number belongs to the account and may send SMS now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSmsSourceOf(Account account, String number) {
        return number != null && find(PhoneNumbers.withPlus(number))
                .filter(owned -> owned.getAccount().getId().equals(account.getId()))
                .filter(AccountNumber::canSendSms)
                .isPresent();
    }

    /** The account that owns a number, for inbound messages to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> ownerOf(String number) {
        return find(number).map(AccountNumber::getAccount);
    }

    private AccountNumber owned(Account account, String number) {
        return find(valid(number))
                .filter(owned -> owned.getAccount().getId().equals(account.getId()))
                .orElseThrow(() -> new UnknownEntityException("number " + number + " is not one of this account's numbers"));
    }

    private Optional<AccountNumber> find(String e164) {
        return em.createQuery("select n from AccountNumber n where n.number = :number", AccountNumber.class)
                .setParameter("number", e164)
                .getResultStream().findFirst();
    }

    private static String valid(String number) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("number is required");
        }
        try {
            return PhoneNumbers.requireValidE164(PhoneNumbers.withPlus(number));
        } catch (SendRejectedException e) {
            throw new InvalidInputException("number must be a valid number in international format");
        }
    }
}
