/**
 * Readiness for the orchestrator: the database answers and the gateway is not draining. Uses
 * {@code persistence} and {@code lifecycle}; nothing uses it.
 */
package io.smsgateway.health;
