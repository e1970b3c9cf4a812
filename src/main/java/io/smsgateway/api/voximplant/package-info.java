/**
 * The Voximplant-style platform dialect ({@code /platform_api}, JWT service accounts): query
 * parameters and its answers, translated to the capabilities and back. Holds no business rules.
 */
package io.smsgateway.api.voximplant;
