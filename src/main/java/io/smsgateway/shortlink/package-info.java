/**
 * Short links that replace URLs in a text ({@code shortenUrls}) and redirect to them. Depends on
 * nothing of the gateway.
 */
package io.smsgateway.shortlink;
