/**
 * The API-key dialect ({@code /send}, {@code /messages}, {@code /optouts}, {@code /campaigns}): its
 * {@code {success, record}} envelopes, translated to the capabilities and back. Holds no business rules.
 */
package io.smsgateway.api.singlesms;
