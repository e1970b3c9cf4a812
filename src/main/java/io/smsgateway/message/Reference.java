package io.smsgateway.message;

/** The customer's correlation data, echoed back in notifications. Every field may be null. */
public record Reference(String service, String action, String key) {

    public static final Reference NONE = new Reference(null, null, null);

    public boolean isEmpty() {
        return service == null && action == null && key == null;
    }
}
