/**
 * Business figures in Prometheus format (Micrometer in the WAR, the same on every server). Reads
 * {@code message}, {@code dispatch}, {@code provider}, {@code webhook}, {@code campaign}; the dialects
 * count their accepts through it.
 */
package io.smsgateway.metrics;
