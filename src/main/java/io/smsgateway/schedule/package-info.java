/**
 * EJB timers: scheduled sends released at their time, and running campaigns released each second.
 * Uses {@code message}, {@code campaign}, {@code provider}; nothing uses it.
 */
package io.smsgateway.schedule;
