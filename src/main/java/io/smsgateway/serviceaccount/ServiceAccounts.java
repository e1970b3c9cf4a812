package io.smsgateway.serviceaccount;

import io.smsgateway.account.Account;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.KeyPair;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates, lists and revokes the service accounts (JWT signing identities) of an account. */
@ApplicationScoped
@Transactional
public class ServiceAccounts {

    @PersistenceContext
    private EntityManager em;

    /**
     * A new service account. {@code privateKeyPem} is set when the gateway generated the key pair:
     * it exists only in this answer and is never stored.
     */
    public record Created(ServiceAccount serviceAccount, String privateKeyPem) {

        @Override
        public String toString() {
            return "Created[" + serviceAccount.getKeyId() + "]";
        }
    }

    /** @param publicKeyPem the owner's own public key, or null to have a key pair generated */
    public Created create(Account account, Set<String> roleNames, String publicKeyPem, String description) {
        if (roleNames == null || roleNames.isEmpty()) {
            throw new InvalidInputException("roles must list at least one of " + roleList());
        }
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        for (String name : roleNames) {
            roles.add(PlatformRole.fromWire(name).orElseThrow(() -> new InvalidInputException("unknown role '" + name + "'; known: " + roleList())));
        }
        if (description != null && description.length() > 200) {
            throw new InvalidInputException("description must be at most 200 characters");
        }
        String privateKeyPem = null;
        String publicKey;
        if (publicKeyPem == null || publicKeyPem.isBlank()) {
            KeyPair pair = RsaKeys.generate();
            privateKeyPem = RsaKeys.privateKeyPem(pair.getPrivate());
            publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        } else {
            publicKey = RsaKeys.fromPem(publicKeyPem);
        }
        ServiceAccount serviceAccount = new ServiceAccount(em.getReference(Account.class, account.getId()), roles, publicKey, description);
        em.persist(serviceAccount);
        return new Created(serviceAccount, privateKeyPem);
    }

    public List<ServiceAccount> of(Account account) {
        return em.createQuery("select s from ServiceAccount s where s.account.id = :account order by s.createdAt", ServiceAccount.class)
                .setParameter("account", account.getId())
                .getResultList();
    }

    public ServiceAccount revoke(Account account, String keyId) {
        ServiceAccount serviceAccount = em.find(ServiceAccount.class, keyId);
        if (serviceAccount == null || !serviceAccount.getAccount().getId().equals(account.getId())) {
            throw new UnknownEntityException("service account " + keyId + " does not exist");
        }
        serviceAccount.revoke();
        return serviceAccount;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<ServiceAccount> active(String keyId) {
        return Optional.ofNullable(em.find(ServiceAccount.class, keyId)).filter(ServiceAccount::isActive);
    }

    /** The public key in PEM, for display. */
    public static String publicKeyPem(ServiceAccount serviceAccount) {
        return RsaKeys.publicKeyPem(Base64.getDecoder().decode(serviceAccount.getPublicKey()));
    }

    private static String roleList() {
        return String.join(", ", EnumSet.allOf(PlatformRole.class).stream().map(PlatformRole::wireName).toList());
    }
}
