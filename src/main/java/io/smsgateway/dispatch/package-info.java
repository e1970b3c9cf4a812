/**
 * Moving stored messages to providers: the lease queue of due messages, the dispatcher on the work
 * pump, the journal that records intents, submit results and receipts in grouped commits, and the
 * sweeper that settles what was left uncertain. Uses {@code message}, {@code provider}, {@code work},
 * {@code persistence}; only the operator API and the metrics read it.
 */
package io.smsgateway.dispatch;
