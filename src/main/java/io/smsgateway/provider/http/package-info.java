/**
 * Carriers over HTTP (generic templates and the Kannel {@code sendsms} preset) and the callbacks they
 * send receipts and inbound messages to. Uses {@code provider}; nothing else uses it.
 */
package io.smsgateway.provider.http;
