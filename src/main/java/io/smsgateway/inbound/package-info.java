/**
 * Messages received from the network (mobile-originated), their parts joined, and STOP replies turned
 * into opt-outs. Uses {@code provider}, {@code number}, {@code optout}, {@code message}; {@code webhook}
 * forwards them.
 */
package io.smsgateway.inbound;
