/**
 * The operator console: its login, its browser session and its pages. The pages only call the
 * operator API ({@code /manage}), which accepts a console session beside Basic authentication; the
 * console holds no business rules. Uses {@code account}; nothing but {@code manage} uses it.
 */
package io.smsgateway.console;
