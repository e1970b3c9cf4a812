/**
 * The simulator: a provider that reaches no network and reports a delivery after a delay, for trying
 * the gateway without a carrier. Uses {@code provider}; nothing else uses it.
 */
package io.smsgateway.provider.simulator;
