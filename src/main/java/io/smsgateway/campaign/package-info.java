/**
 * Campaigns: a text and its recipients stored at once, released into messages at the carriers' pace.
 * Uses {@code message}, {@code policy}, {@code account}; released by {@code schedule}, offered by the
 * API-key dialect and the operator API.
 */
package io.smsgateway.campaign;
