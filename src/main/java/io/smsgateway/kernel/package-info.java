/**
 * The value types every capability speaks: E.164 phone numbers, an SMS text with its encoding and
 * parts, a message's status, and the refusal of a send with its code. Depends on nothing of the
 * gateway (libphonenumber aside), so that message, policy, provider, optout and number can share them
 * without depending on each other.
 */
package io.smsgateway.kernel;
