package io.smsgateway.message;

/** Where status notifications for one message go, and how to authenticate to it. */
public record WebhookTarget(String url, String authenticationType, String authenticationValue) {

    @Override
    public String toString() {
        // the authentication value is a secret
        return "WebhookTarget[url=" + url + ", authenticationType=" + authenticationType + "]";
    }
}
