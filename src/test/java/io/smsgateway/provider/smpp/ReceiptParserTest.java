package io.smsgateway.provider.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsgateway.kernel.MessageStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiptParserTest {

    private static final String RECEIPT = "id:%s sub:001 dlvrd:001 submit date:2611250000 done date:2611250001 stat:%s err:%s text:Hello";

    @ParameterizedTest
    @CsvSource({"DELIVRD, DELIVERED", "UNDELIV, UNDELIVERED", "REJECTD, REJECTED", "EXPIRED, EXPIRED", "DELETED, FAILED"})
    void mapsTheStatWords(String stat, MessageStatus status) {
        ReceiptParser.Parsed parsed = ReceiptParser.parse(String.format(RECEIPT, "12345", stat, "000"), null, null).orElseThrow();
        assertEquals("12345", parsed.messageId());
        assertEquals(Optional.of(status), parsed.status());
    }

    @Test
    void intermediateStatesChangeNothing() {
        assertTrue(ReceiptParser.parse(String.format(RECEIPT, "1", "ENROUTE", "000"), null, null).orElseThrow().status().isEmpty());
        assertTrue(ReceiptParser.parse(String.format(RECEIPT, "1", "ACCEPTD", "000"), null, null).orElseThrow().status().isEmpty());
        assertTrue(ReceiptParser.parse(String.format(RECEIPT, "1", "UNKNOWN", "000"), null, null).orElseThrow().status().isEmpty());
    }

    @Test
    void tlvsWinOverTheText() {
        ReceiptParser.Parsed parsed = ReceiptParser.parse(String.format(RECEIPT, "999", "DELIVRD", "000"), "0A1B", 5).orElseThrow();
        assertEquals("0A1B", parsed.messageId());
        assertEquals(Optional.of(MessageStatus.UNDELIVERED), parsed.status());
    }

    @Test
    void errorCodeIsKeptUnlessAllZeros() {
        assertEquals("0B5", ReceiptParser.parse(String.format(RECEIPT, "1", "UNDELIV", "0B5"), null, null).orElseThrow().errorCode());
        assertNull(ReceiptParser.parse(String.format(RECEIPT, "1", "DELIVRD", "000"), null, null).orElseThrow().errorCode());
    }

    @Test
    void fieldsAreFoundInAnyCaseWithSpacesAfterTheColonButOnlyWhereAWordBegins() {
        ReceiptParser.Parsed parsed = ReceiptParser.parse("ID: 7f3a SUB:001 Stat:  delivrd ERR:0c1 text:their id:1 stat:UNDELIV", null, null)
                .orElseThrow();
        assertEquals("7f3a", parsed.messageId());
        assertEquals(Optional.of(MessageStatus.DELIVERED), parsed.status());
        assertEquals("0c1", parsed.errorCode());
        assertEquals("42", ReceiptParser.parse("xid:99 msgid:98 id:42 stat:DELIVRD", null, null).orElseThrow().messageId(),
                "id: inside another word is not the id");
        assertNull(ReceiptParser.parse("id:5 stat:DELIVRD err:", null, null).orElseThrow().errorCode(), "a key without a value");
    }

    @Test
    void unknownFormatsAreNotReceipts() {
        assertTrue(ReceiptParser.parse("hello there", null, null).isEmpty());
        assertTrue(ReceiptParser.parse("id:123 but no status", null, null).isEmpty());
        assertTrue(ReceiptParser.parse(null, null, null).isEmpty());
    }
}
