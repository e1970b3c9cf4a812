/**
 * Recipients who asked an account to stop sending them messages. Uses {@code account} and {@code kernel}.
 */
package io.smsgateway.optout;
