package io.smsgateway.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the built-in operator account {@code admin} exists. On a new database its password is
 * {@code gateway.admin.password}, or a random one printed once in the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AdminAccountBootstrap {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "gateway.admin.password")
    private Optional<String> configuredPassword;

    @PostConstruct
    void ensureAdminExists() {
        if (accounts.findByUsername(ADMIN_USERNAME).isPresent()) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(AdminAccountBootstrap::randomPassword);
        accounts.add(new Account(ADMIN_USERNAME, hasher.hash(password), Set.of(Role.ADMIN, Role.USER), null));
        if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info("Created operator account 'admin' with the password from GATEWAY_ADMIN_PASSWORD");
        } else {
            LOG.warning("Created operator account 'admin' with the generated password: " + password
                    + " (shown only this once; set GATEWAY_ADMIN_PASSWORD to choose it)");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
