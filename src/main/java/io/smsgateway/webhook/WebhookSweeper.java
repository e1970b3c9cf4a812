package io.smsgateway.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Sends notifications left by a restart, and retries that came due. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSweeper {

    @Inject
    private WebhookSender sender;

    @PostConstruct
    void resume() {
        sender.wake();
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void sweep() {
        sender.wake();
    }
}
