package io.smsgateway.optout;

import io.smsgateway.account.Account;
import io.smsgateway.kernel.PhoneNumbers;
import io.smsgateway.kernel.SendRejectedException;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Per-account opt-out lists. */
@ApplicationScoped
@Transactional
public class Optouts {

    @PersistenceContext
    private EntityManager em;

    public boolean isOptedOut(Account account, String number) {
        return em.find(Optout.class, new Optout.Key(account.getId(), number)) != null;
    }

    /** Adds the number, or returns its existing entry. */
    public Optout add(Account account, String number, Optout.Source source) {
        String e164 = valid(number);
        Optout existing = em.find(Optout.class, new Optout.Key(account.getId(), e164));
        if (existing != null) {
            return existing;
        }
        Optout optout = new Optout(account.getId(), e164, source);
        em.persist(optout);
        return optout;
    }

    public Optout remove(Account account, String number) {
        Optout optout = em.find(Optout.class, new Optout.Key(account.getId(), valid(number)));
        if (optout == null) {
            throw new UnknownEntityException(number + " is not on the opt-out list");
        }
        em.remove(optout);
        return optout;
    }

    public List<Optout> list(Account account) {
        return em.createQuery("select o from Optout o where o.key.accountId = :account order by o.createdAt", Optout.class)
                .setParameter("account", account.getId())
                .getResultList();
    }

    private static String valid(String number) {
        try {
            return PhoneNumbers.requireValidE164(number);
        } catch (SendRejectedException e) {
            throw new InvalidInputException("number must be a valid number in international format");
        }
    }
}
