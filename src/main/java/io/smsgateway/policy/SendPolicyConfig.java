package io.smsgateway.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Operator settings of the send policies, read once from MicroProfile Config. */
@ApplicationScoped
public class SendPolicyConfig {

    @Inject
    @ConfigProperty(name = "gateway.reference.services", defaultValue = "AUTHENTICATION,ECOMMERCE,DIGITALSIGN,ADMIN")
    private List<String> referenceServices;

    @Inject
    @ConfigProperty(name = "gateway.antiflood.destination.max-messages", defaultValue = "10")
    private int destinationMaxMessages;

    @Inject
    @ConfigProperty(name = "gateway.antiflood.destination.window-seconds", defaultValue = "60")
    private int destinationWindowSeconds;

    @Inject
    @ConfigProperty(name = "gateway.antiflood.account.max-messages", defaultValue = "1000")
    private int accountMaxMessages;

    @Inject
    @ConfigProperty(name = "gateway.antiflood.account.window-seconds", defaultValue = "60")
    private int accountWindowSeconds;

    @Inject
    @ConfigProperty(name = "gateway.antiflood.duplicate.window-seconds", defaultValue = "60")
    private int duplicateWindowSeconds;

    @Inject
    @ConfigProperty(name = "gateway.webhook.allow-http", defaultValue = "false")
    private boolean webhookAllowHttp;

    @Inject
    @ConfigProperty(name = "gateway.message.max-segments", defaultValue = "16")
    private int maxSegments;

    public Set<String> defaultReferenceServices() {
        return new LinkedHashSet<>(referenceServices);
    }

    public int destinationMaxMessages() {
        return destinationMaxMessages;
    }

    public Duration destinationWindow() {
        return Duration.ofSeconds(destinationWindowSeconds);
    }

    public int accountMaxMessages() {
        return accountMaxMessages;
    }

    public Duration accountWindow() {
        return Duration.ofSeconds(accountWindowSeconds);
    }

    public Duration duplicateWindow() {
        return Duration.ofSeconds(duplicateWindowSeconds);
    }

    public boolean webhookAllowHttp() {
        return webhookAllowHttp;
    }

    public int maxSegments() {
        return maxSegments;
    }
}
