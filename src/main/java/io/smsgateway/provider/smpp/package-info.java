/**
 * Carriers over SMPP 3.4 (jSMPP): one bound session per provider, windowed submissions, receipts in
 * every id format carriers use, reconnects. Uses {@code provider}; nothing else uses it.
 */
package io.smsgateway.provider.smpp;
