/**
 * Status and inbound notifications to clients' URLs: an outbox written with the status change, sent on
 * the work pump, signed, retried, dead-lettered; receivers on private addresses refused. Uses
 * {@code message}, {@code inbound}, {@code work}.
 */
package io.smsgateway.webhook;
