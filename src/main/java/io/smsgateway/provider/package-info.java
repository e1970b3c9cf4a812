/**
 * Upstream carriers: their stored definitions, the running providers with circuit and throughput
 * pacing, routing candidates, and the events providers report (receipts, inbound). Knows the transports
 * only through {@link io.smsgateway.provider.ProviderBuilder}; uses {@code kernel} and {@code shared}.
 */
package io.smsgateway.provider;
