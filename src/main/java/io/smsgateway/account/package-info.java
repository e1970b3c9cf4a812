/**
 * Accounts and their LRAs, passwords (PBKDF2), roles, and the authentication every boundary runs
 * under the per-address throttle. Uses only {@code shared}; the capabilities and the boundaries use it.
 */
package io.smsgateway.account;
