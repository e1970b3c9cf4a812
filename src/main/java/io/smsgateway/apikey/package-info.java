/**
 * API keys of an account with their permissions ({@code create:SingleSMS}, ...), stored as hashes.
 * Uses {@code account}; used by the API-key dialect and the operator API.
 */
package io.smsgateway.apikey;
