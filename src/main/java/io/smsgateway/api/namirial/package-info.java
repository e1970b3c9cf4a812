/**
 * The Namirial-style dialect ({@code /api}, Basic auth): its request and answer shapes and error codes,
 * translated to {@code message} and back. Holds no business rules.
 */
package io.smsgateway.api.namirial;
