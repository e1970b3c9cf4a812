/**
 * What may be sent: anti-flooding windows, the watchlist held in memory, URL denial. Uses
 * {@code account}, {@code number}, {@code kernel}; {@code message} applies it to every send.
 */
package io.smsgateway.policy;
