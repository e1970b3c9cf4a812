package io.smsgateway.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** Sends notifications left by a restart, and retries that came due. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
// Bean-managed, so that no transaction spans a run and each step it calls commits on its own: Payara
// starts a container transaction around a timeout even when it is declared NOT_SUPPORTED.
@TransactionManagement(TransactionManagementType.BEAN)
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
