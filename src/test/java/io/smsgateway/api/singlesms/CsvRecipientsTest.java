package io.smsgateway.api.singlesms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsgateway.campaign.RecipientLine;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRecipientsTest {

    private static List<RecipientLine> read(String csv) {
        List<RecipientLine> lines = new ArrayList<>();
        new CsvRecipients(new BufferedReader(new StringReader(csv))).forEachRemaining(lines::add);
        return lines;
    }

    @Test
    void readsTheRecipientColumnAndTheOtherColumnsAsFields() {
        List<RecipientLine> lines = read("name,Recipient,code\nAnn,447900000001,A1\n\"Smith, \"\"Bob\"\"\",+447900000002,B2\n");
        assertEquals(2, lines.size());
        assertEquals(new RecipientLine(1, "+447900000001", Map.of("name", "Ann", "code", "A1")), lines.get(0));
        assertEquals("Smith, \"Bob\"", lines.get(1).fields().get("name"));
        assertEquals("+447900000002", lines.get(1).recipient());
    }

    @Test
    void acceptsSemicolonsABomAndBlankLines() {
        List<RecipientLine> lines = read("\uFEFFphone;name\r\n\r\n00447900000003;Eve\r\n;NoNumber\r\n");
        assertEquals(List.of(1, 2), lines.stream().map(RecipientLine::line).toList());
        assertEquals("+447900000003", lines.get(0).recipient());
        assertEquals("+", lines.get(1).recipient());
    }

    @Test
    void shortRowsLeaveTheirFieldsEmpty() {
        RecipientLine line = read("recipient,name\n447900000004\n").get(0);
        assertEquals(null, line.fields().get("name"));
    }

    @Test
    void aHeaderWithoutARecipientColumnIsRefused() {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> read("name,code\nAnn,1\n"));
        assertEquals("Invalid Recipients object", failure.object());
        assertEquals("Missing Recipients object", assertThrows(ValidationFailure.class, () -> read("")).object());
        assertFalse(new CsvRecipients(new BufferedReader(new StringReader("recipient\n"))).hasNext());
    }

    @Test
    void linesEndWithLfCrOrCrlf() {
        assertEquals(List.of("+447900000001", "+447900000002", "+447900000003"),
                read("recipient\r\n447900000001\r447900000002\n447900000003").stream().map(RecipientLine::recipient).toList());
    }

    @Test
    void aLineLongerThanTheLimitRefusesTheUploadInsteadOfFillingTheHeap() {
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> read("recipient,name\n447900000001," + "x".repeat(CsvRecipients.MAX_LINE_CHARS) + "\n"));
        assertEquals("Invalid Recipients object", failure.object());
        assertEquals(1, read("recipient,name\n447900000001," + "x".repeat(CsvRecipients.MAX_LINE_CHARS - 13) + "\n").size());
    }

    @Test
    void aQuotedFieldMayHoldALineBreakAsRfc4180Says() {
        List<RecipientLine> lines = read("recipient,name\r\n447900000001,\"Ann\r\nJr\"\r\n447900000002,Bob\r\n");
        assertEquals(2, lines.size());
        assertEquals("Ann\r\nJr", lines.get(0).fields().get("name"));
        assertEquals(List.of(1, 2), lines.stream().map(RecipientLine::line).toList());
    }

    @Test
    void aQuoteLeftOpenOrARecordBeyondItsCapIsRefused() {
        assertEquals("Invalid Recipients object", assertThrows(ValidationFailure.class,
                () -> read("recipient,name\n447900000001,\"Ann\" Jr\n")).object());
        String manyShortLines = "recipient,name\n447900000001,\"" + "x\n".repeat(CsvRecipients.MAX_RECORD_CHARS) + "\"\n";
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> read(manyShortLines));
        assertEquals("Invalid Recipients object", failure.object());
    }
}
