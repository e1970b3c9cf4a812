package io.smsgateway.campaign;

/** The life cycle of a campaign. COMPLETED and CANCELLED are final. */
public enum CampaignStatus {
    /** Stored, waiting for its start time. */
    SCHEDULED,
    /** Releasing its recipients to the dispatcher. */
    RUNNING,
    /** Stopped by the customer; releases nothing until resumed. */
    PAUSED,
    /** Every recipient was released (or refused). Receipts may still arrive. */
    COMPLETED,
    /** Withdrawn by the customer; recipients not yet released are never sent to. */
    CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
