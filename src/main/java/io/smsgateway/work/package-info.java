/**
 * Moving stored work to its workers: a pump that claims items in batches while a window of them is in
 * flight, and wakes on demand. Used by {@code dispatch} (messages to providers) and {@code webhook}
 * (notifications to receivers); depends on nothing of the gateway.
 */
package io.smsgateway.work;
