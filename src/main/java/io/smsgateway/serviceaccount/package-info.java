/**
 * Service accounts of the platform API: their RSA keys and roles, and the verification of the JWTs
 * they sign. Uses {@code account}; used by the platform dialect and the operator API.
 */
package io.smsgateway.serviceaccount;
