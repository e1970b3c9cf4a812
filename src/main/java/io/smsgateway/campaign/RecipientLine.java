package io.smsgateway.campaign;

import java.util.Map;

/**
 * One recipient as the customer gave it: its line (1-based position in the list or CSV data
 * row), the number as written, and the values for the template's fields.
 */
public record RecipientLine(int line, String recipient, Map<String, String> fields) {
}
