package io.smsgateway.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Visit https://example.com/offer", "http://example.com", "HTTPS://EXAMPLE.COM", "ftp://files.example.net/x",
        "see www.example.org", "WWW.EXAMPLE.IT/promo", "go to example.com/x now", "bit.ly/abc123", "shop.example.it.",
        "login at my-bank.co.uk?x=1", "http://10.0.0.1:8080/a", "192.168.1.1/admin", "(example.com)", "example.com"
    })
    void findsLinks(String text) {
        assertTrue(UrlDetector.containsUrl(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Your code is 123456", "e.g. this", "i.e. that", "the report.pdf is ready", "pi is 3.14", "version 1.2.3",
        "Meeting at 10.30", "mail me: a.b", "end of sentence.Next", "file.txt", ""
    })
    void ignoresTextWithoutLinks(String text) {
        assertFalse(UrlDetector.containsUrl(text), text);
    }
}
