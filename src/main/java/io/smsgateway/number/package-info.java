/**
 * Numbers an account owns and whether they may send SMS (the platform API's source numbers). Uses
 * {@code account} and {@code kernel}.
 */
package io.smsgateway.number;
