package io.smsgateway.policy;

import crawlercommons.domains.EffectiveTldFinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Public Suffix List that {@link UrlDetector} judges bare host names by. The list in the
 * crawler-commons release is used unless {@code gateway.url.public-suffix-list} names a newer copy
 * (the file published at publicsuffix.org), so a new TLD can be refused without a new gateway
 * release. A file that cannot be read leaves the built-in list in place, with a warning.
 */
@ApplicationScoped
public class PublicSuffixList {

    private static final Logger LOG = Logger.getLogger(PublicSuffixList.class.getName());

    @Inject
    @ConfigProperty(name = "gateway.url.public-suffix-list")
    private Optional<String> file;

    void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
        file.filter(path -> !path.isBlank()).map(Path::of).ifPresent(PublicSuffixList::loadFrom);
    }

    static boolean loadFrom(Path path) {
        try (InputStream list = Files.newInputStream(path)) {
            if (EffectiveTldFinder.getInstance().initialize(list) && !EffectiveTldFinder.getEffectiveTLDs().isEmpty()) {
                LOG.info(() -> "Public Suffix List loaded from " + path + ": " + EffectiveTldFinder.getEffectiveTLDs().size() + " suffixes");
                return true;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Public Suffix List " + path + " could not be read (" + e + ")");
        }
        // A failed initialize may have emptied the finder: go back to the list in the library.
        try (InputStream builtIn = EffectiveTldFinder.class.getResourceAsStream(EffectiveTldFinder.ETLD_DATA)) {
            EffectiveTldFinder.getInstance().initialize(builtIn);
        } catch (IOException e) {
            LOG.warning(() -> "the built-in Public Suffix List could not be read again (" + e + ")");
        }
        LOG.warning(() -> "Public Suffix List " + path + " not used; links are judged by the list built into the gateway");
        return false;
    }
}
