package io.smsgateway.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundAddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
        "::1", "fe80::1", "fd00::1", "224.0.0.1"})
    void internalAddressesAreRefused(String address) throws Exception {
        assertTrue(OutboundAddressGuard.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "100.128.0.1"})
    void publicAddressesPass(String address) throws Exception {
        assertFalse(OutboundAddressGuard.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "http://localhost:8080/x", "https://[::1]/x", "ftp://example.com/x", "https:///nohost"})
    void urlsToTheGatewaysOwnNetworkAreRefused(String url) {
        assertNotNull(OutboundAddressGuard.refusal(URI.create(url), false), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "http://localhost:8080/x"})
    void anOperatorMayAllowPrivateAddressesForTesting(String url) {
        assertNull(OutboundAddressGuard.refusal(URI.create(url), true), url);
    }
}
