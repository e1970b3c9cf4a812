/**
 * Moving stored work to its workers: a table used as a queue under leases ({@link io.smsgateway.work.LeaseQueue}:
 * how due rows are chosen, locked and checked again) and a pump that claims items in batches while a
 * window of them is in flight, and wakes on demand. Used by {@code dispatch} (messages to providers)
 * and {@code webhook} (notifications to receivers); uses only {@code persistence} (IN lists).
 */
package io.smsgateway.work;
