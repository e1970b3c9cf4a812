package io.smsgateway.dispatch;

import io.smsgateway.provider.DeliveryReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Turns providers' delivery receipts into status changes. */
@ApplicationScoped
public class DeliveryReceipts {

    @Inject
    private DispatchQueue queue;

    void onReceipt(@Observes DeliveryReceipt receipt) {
        queue.applyReceipt(receipt);
    }
}
