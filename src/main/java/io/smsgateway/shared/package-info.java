/**
 * Small helpers every package may use: the exceptions that map to client errors, bounded JSON and form
 * reading, and a cluster's share of a limit. Depends on nothing of the gateway.
 */
package io.smsgateway.shared;
