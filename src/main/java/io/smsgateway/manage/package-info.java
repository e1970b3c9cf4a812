/**
 * The operator API ({@code /manage}, role ADMIN): accounts, LRAs, providers, numbers, watchlist,
 * messages, campaigns, dead letters and the overview. A boundary like the dialects: translates HTTP to
 * the capabilities and holds no business rules; nothing uses it.
 */
package io.smsgateway.manage;
