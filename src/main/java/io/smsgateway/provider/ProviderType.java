package io.smsgateway.provider;

/** The kinds of upstream the gateway can talk to. */
public enum ProviderType {
    /** SMPP 3.4 over TCP. */
    SMPP,
    /** A generic HTTP API, Kannel's sendsms among its presets. */
    HTTP,
    /** Sends nothing: reports every message delivered. For development and demonstrations only. */
    SIMULATOR
}
