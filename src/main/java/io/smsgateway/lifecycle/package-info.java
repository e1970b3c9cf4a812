/**
 * The gateway's own life: draining on shutdown, so that no new work starts while the started work
 * finishes. Depends on nothing of the gateway.
 */
package io.smsgateway.lifecycle;
