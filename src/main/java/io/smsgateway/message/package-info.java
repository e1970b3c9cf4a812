/**
 * The message: its life cycle (every state change is a method of {@link io.smsgateway.message.Message}),
 * acceptance of a send after the policies, and the store that is the only place querying the message
 * table. Uses {@code kernel}, {@code policy}, {@code optout}, {@code provider} (routing), {@code persistence};
 * knows no dialect.
 */
package io.smsgateway.message;
