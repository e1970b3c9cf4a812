package io.smsgateway.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the built-in operator account {@code admin} exists. On a new database its password is
 * {@code gateway.admin.password}, or a random one written to {@code gateway.admin.password-file}
 * (readable by its owner only), which a boxed banner in the log points to. The password itself goes
 * to the log only when that file cannot be written.
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

    @Inject
    @ConfigProperty(name = "gateway.admin.password-file", defaultValue = "data/admin-password")
    private String passwordFile;

    @PostConstruct
    void ensureAdminExists() {
        if (accounts.findByUsername(ADMIN_USERNAME).isPresent()) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(AdminAccountBootstrap::randomPassword);
        accounts.add(new Account(ADMIN_USERNAME, hasher.hash(password), Set.of(Role.ADMIN, Role.USER), null));
        if (configuredPassword.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info("Created operator account 'admin' with the password from GATEWAY_ADMIN_PASSWORD");
            return;
        }
        Path file = Path.of(passwordFile).toAbsolutePath();
        try {
            writeOwnerOnly(file, password);
            LOG.warning(banner("Operator account 'admin' created with a generated password,",
                    "written to " + file + " (readable by its owner only).",
                    "Read it, then delete the file:  ADMIN_PW=$(cat " + passwordFile + ")",
                    "Set GATEWAY_ADMIN_PASSWORD before the first start to choose it."));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning(banner("Operator account 'admin' created with the generated password " + password,
                    "(" + file + " could not be written: " + e.getMessage() + ").",
                    "Shown only this once; set GATEWAY_ADMIN_PASSWORD before the first start to choose it."));
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    /** The lines in a box, so that they stand out among the start-up lines. */
    static String banner(String... lines) {
        int width = Arrays.stream(lines).mapToInt(String::length).max().orElse(0);
        String rule = "+" + "-".repeat(width + 2) + "+";
        StringBuilder box = new StringBuilder(System.lineSeparator()).append(rule).append(System.lineSeparator());
        for (String line : lines) {
            box.append("| ").append(line).append(" ".repeat(width - line.length())).append(" |").append(System.lineSeparator());
        }
        return box.append(rule).toString();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
