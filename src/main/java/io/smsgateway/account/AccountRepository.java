package io.smsgateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public List<Account> all() {
        return em.createNamedQuery("Account.all", Account.class).getResultList();
    }

    public Optional<Lra> findLra(int id) {
        return Optional.ofNullable(em.find(Lra.class, id));
    }

    public List<Lra> allLras() {
        return em.createQuery("select l from Lra l order by l.id", Lra.class).getResultList();
    }

    public void add(Account account) {
        em.persist(account);
    }

    public void add(Lra lra) {
        em.persist(lra);
    }
}
