package io.smsgateway.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Visit https://example.com/offer", "http://example.com", "HTTPS://EXAMPLE.COM", "ftp://files.example.net/x",
        "see www.example.org", "WWW.EXAMPLE.IT/promo", "go to example.com/x now", "bit.ly/abc123", "shop.example.it.",
        "login at my-bank.co.uk?x=1", "http://10.0.0.1:8080/a", "192.168.1.1/admin", "(example.com)", "example.com",
        "prize.win/abc", "secure-login.icu", "bonus.casino", "mybank.support/login", "claim at gift.xn--p1ai now",
        "open http://localhost:8080 now", "tel://callme"
    })
    void findsLinks(String text) {
        assertTrue(UrlDetector.containsUrl(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Your code is 123456", "e.g. this", "i.e. that", "the report.pdf is ready", "pi is 3.14", "version 1.2.3",
        "Meeting at 10.30", "mail me: a.b", "end of sentence.Nope", "file.txt", "",
        "no dot and no scheme: wwwexamplecom httpexample"
    })
    void ignoresTextWithoutLinks(String text) {
        assertFalse(UrlDetector.containsUrl(text), text);
    }

    @Test
    void aNewerListConfiguredByTheOperatorDecidesAndAnUnreadableOneKeepsTheBuiltInList(@TempDir Path dir) throws Exception {
        Path list = Files.writeString(dir.resolve("public_suffix_list.dat"), "// test list\ncom\nnewtld\n");
        try {
            assertFalse(UrlDetector.containsUrl("see offer.newtld now"));
            assertTrue(PublicSuffixList.loadFrom(list));
            assertTrue(UrlDetector.containsUrl("see offer.newtld now"));
            assertFalse(UrlDetector.containsUrl("bonus.casino"), "not on the configured list");
            assertFalse(PublicSuffixList.loadFrom(dir.resolve("missing.dat")));
            assertTrue(UrlDetector.containsUrl("bonus.casino"), "the built-in list is back");
        } finally {
            PublicSuffixList.loadFrom(dir.resolve("missing.dat"));
        }
    }
}
