package io.smsgateway.account;

import io.smsgateway.shared.DuplicateEntityException;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Operator-side management of LRAs and accounts. */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Pattern REFERENCE_SERVICE = Pattern.compile("[A-Z0-9_]{1,64}");
    static final int MIN_PASSWORD_LENGTH = 8;

    @Inject
    private AccountRepository repository;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<AccountSnapshots.AccountChanged> changed;

    public Lra createLra(int id, String name) {
        if (id <= 0) {
            throw new InvalidInputException("lra id must be a positive integer");
        }
        requireName(name);
        if (repository.findLra(id).isPresent()) {
            throw new DuplicateEntityException("LRA " + id + " already exists");
        }
        Lra lra = new Lra(id, name.strip());
        repository.add(lra);
        return lra;
    }

    public Lra renameLra(int id, String name) {
        requireName(name);
        Lra lra = lra(id);
        lra.rename(name.strip());
        return lra;
    }

    public Lra lra(int id) {
        return repository.findLra(id).orElseThrow(() -> new UnknownEntityException("LRA " + id + " does not exist"));
    }

    public List<Lra> lras() {
        return repository.allLras();
    }

    public Account create(NewAccount request) {
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw new InvalidInputException("username must be 1 to 100 letters, digits or . _ @ -");
        }
        requirePassword(request.password());
        Set<Role> roles = request.roles() == null || request.roles().isEmpty() ? Set.of(Role.USER) : request.roles();
        Lra lra = request.lraId() == null ? null : lra(request.lraId());
        if (lra == null && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("lra is required for an account that is not ADMIN");
        }
        if (repository.findByUsername(request.username()).isPresent()) {
            throw new DuplicateEntityException("account '" + request.username() + "' already exists");
        }
        Account account = new Account(request.username(), hasher.hash(request.password()), roles, lra);
        account.useWebhookSecret(newWebhookSecret());
        account.allowUrls(request.allowUrls());
        account.restrictReferenceServices(validServices(request.referenceServices()));
        repository.add(account);
        changed.fire(new AccountSnapshots.AccountChanged(account.getUsername()));
        return account;
    }

    public Account update(String username, AccountChanges changes) {
        Account account = account(username);
        changed.fire(new AccountSnapshots.AccountChanged(username));
        changes.expectedVersion().ifPresent(account::requireVersion);
        changes.password().ifPresent(password -> {
            requirePassword(password);
            account.changePasswordHash(hasher.hash(password));
        });
        changes.lraId().ifPresent(id -> account.moveTo(lra(id)));
        changes.roles().ifPresent(account::assignRoles);
        changes.allowUrls().ifPresent(account::allowUrls);
        changes.referenceServices().ifPresent(services -> account.restrictReferenceServices(validServices(services)));
        changes.enabled().ifPresent(account::enable);
        changes.originator().ifPresent(value -> account.useOriginator(value.isBlank() ? null : requireOriginator(value)));
        changes.allowedOriginators().ifPresent(allowed -> {
            allowed.forEach(AccountService::requireOriginator);
            account.restrictOriginators(allowed);
        });
        changes.webhookUrl().ifPresent(url -> account.useWebhook(url.isBlank() ? null : requireWebhookUrl(url)));
        if (changes.rotateWebhookSecret() || account.getWebhookSecret().isEmpty()) {
            account.useWebhookSecret(newWebhookSecret());
        }
        return account;
    }

    public Account account(String username) {
        return repository.findByUsername(username)
                .orElseThrow(() -> new UnknownEntityException("account '" + username + "' does not exist"));
    }

    public List<Account> accounts() {
        return repository.all();
    }

    /** A Standard Webhooks style secret: "whsec_" and 32 random bytes in base64. */
    private static String newWebhookSecret() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return "whsec_" + java.util.Base64.getEncoder().encodeToString(key);
    }

    private static final Pattern ALPHANUMERIC_ORIGINATOR = Pattern.compile("[A-Za-z0-9 ._-]{1,11}");
    private static final Pattern NUMERIC_ORIGINATOR = Pattern.compile("\\+?[0-9]{1,15}");

    /** An SMS sender id: up to 11 alphanumeric characters, or a number of up to 15 digits. */
    public static String requireOriginator(String originator) {
        if (NUMERIC_ORIGINATOR.matcher(originator).matches()
                || (ALPHANUMERIC_ORIGINATOR.matcher(originator).matches() && originator.chars().anyMatch(Character::isLetter))) {
            return originator;
        }
        throw new InvalidInputException("originator must be up to 11 letters and digits, or a number of up to 15 digits");
    }

    private static String requireWebhookUrl(String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new InvalidInputException("webhookUrl must be an http(s) URL");
        }
        return url;
    }

    private static Set<String> validServices(Set<String> services) {
        if (services != null) {
            for (String service : services) {
                if (service == null || !REFERENCE_SERVICE.matcher(service).matches()) {
                    throw new InvalidInputException("reference services are upper-case identifiers such as AUTHENTICATION");
                }
            }
        }
        return services;
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name must be 1 to 200 characters");
        }
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw new InvalidInputException("password must be " + MIN_PASSWORD_LENGTH + " to 200 characters");
        }
    }
}
