package io.smsgateway.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsTextTest {

    @Test
    void plainAsciiIsGsm7() {
        SmsText text = SmsText.of("Your verification code is: 123456");
        assertEquals(Encoding.GSM7, text.encoding());
        assertEquals(1, text.segments());
        assertEquals(33, text.units());
    }

    @ParameterizedTest
    @ValueSource(strings = {"@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ", "¡ÄÖÑÜ§¿äöñüà", "line\nbreak\rreturn", "!\"#¤%&'()*+,-./:;<=>?"})
    void theWholeDefaultAlphabetIsGsm7(String text) {
        assertEquals(Encoding.GSM7, SmsText.of(text).encoding());
        assertEquals(text.length(), SmsText.of(text).units());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "[", "]", "~", "^", "|", "\\", "€", "\f"})
    void extensionCharactersStayGsm7ButCountTwoSeptets(String character) {
        SmsText text = SmsText.of("a" + character);
        assertEquals(Encoding.GSM7, text.encoding());
        assertEquals(3, text.units());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ç lowercase c-cedilla", "Привет", "你好", "emoji 😀", "á acute", "`backtick"})
    void charactersOutsideTheGsmAlphabetNeedUcs2(String text) {
        assertEquals(Encoding.UCS2, SmsText.of(text).encoding());
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4"
    })
    void gsm7SegmentBoundaries(int length, int segments) {
        assertEquals(segments, SmsText.of("a".repeat(length)).segments());
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1", "70, 1", "71, 2", "134, 2", "135, 3", "201, 3", "202, 4"
    })
    void ucs2SegmentBoundaries(int length, int segments) {
        assertEquals(segments, SmsText.of("ж".repeat(length)).segments());
    }

    @Test
    void extensionCharactersCountTwiceTowardsTheLimit() {
        assertEquals(1, SmsText.of("€".repeat(80)).segments(), "80 x 2 septets = 160");
        assertEquals(2, SmsText.of("€".repeat(80) + "a").segments(), "161 septets");
    }

    @Test
    void anEscapePairIsNeverSplitAcrossParts() {
        // 152 plain septets then an extension character: it does not fit in the 1 septet left
        SmsText text = SmsText.of("a".repeat(152) + "€" + "b".repeat(10));
        assertEquals(2, text.segments());
        assertEquals("a".repeat(152), text.parts().get(0));
        assertEquals("€" + "b".repeat(10), text.parts().get(1));
    }

    @Test
    void emojiCountsTwoUtf16UnitsAndIsNeverSplit() {
        SmsText single = SmsText.of("😀".repeat(35));
        assertEquals(Encoding.UCS2, single.encoding());
        assertEquals(70, single.units());
        assertEquals(1, single.segments());

        SmsText split = SmsText.of("x".repeat(66) + "😀" + "yyy");
        assertEquals(2, split.segments());
        assertEquals("x".repeat(66), split.parts().get(0), "the surrogate pair moves whole to the next part");
        assertTrue(split.parts().get(1).startsWith("😀"));
    }

    @Test
    void partsReassembleToTheOriginalText() {
        String original = "Long message ".repeat(40);
        SmsText text = SmsText.of(original);
        assertEquals(original, String.join("", text.parts()));
        List<String> parts = text.parts();
        parts.forEach(part -> assertTrue(SmsText.of(part).units() <= 153));
    }
}
