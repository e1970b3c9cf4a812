package io.smsgateway.api.singlesms;

import io.smsgateway.campaign.RecipientLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams the recipients of a CSV upload: a header row naming a {@code recipient} column (or
 * {@code number}, {@code phone}, {@code msisdn}) and any other columns, which become the fields of
 * the text's {@code {placeholders}}. Comma or semicolon separated, RFC 4180 quoting, one record per
 * line. Lines are numbered from 1 for the first data row.
 */
final class CsvRecipients implements Iterator<RecipientLine> {

    private static final List<String> RECIPIENT_COLUMNS = List.of("recipient", "number", "phone", "msisdn", "mobile");

    /** A recipient's fields are capped far below this; a longer line is a broken or hostile upload, not read into memory. */
    static final int MAX_LINE_CHARS = 8192;

    private final BufferedReader reader;
    private final char separator;
    private final List<String> header;
    private final int recipientColumn;
    private String nextRecord;
    private int line;

    CsvRecipients(BufferedReader reader) {
        this.reader = reader;
        String headerLine = readRecord();
        if (headerLine == null) {
            throw ValidationFailure.missing("Recipients");
        }
        headerLine = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
        this.separator = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        this.header = split(headerLine).stream().map(name -> name.strip()).toList();
        int column = -1;
        for (int i = 0; i < header.size() && column < 0; i++) {
            if (RECIPIENT_COLUMNS.contains(header.get(i).toLowerCase(Locale.ROOT))) {
                column = i;
            }
        }
        if (column < 0) {
            throw ValidationFailure.invalid("Recipients", "the CSV header must name a recipient column (recipient, number, phone or msisdn)");
        }
        this.recipientColumn = column;
        this.nextRecord = readRecord();
    }

    @Override
    public boolean hasNext() {
        return nextRecord != null;
    }

    @Override
    public RecipientLine next() {
        if (nextRecord == null) {
            throw new NoSuchElementException();
        }
        List<String> values = split(nextRecord);
        nextRecord = readRecord();
        line++;
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != recipientColumn && !header.get(i).isEmpty()) {
                fields.put(header.get(i), i < values.size() ? values.get(i).strip() : null);
            }
        }
        String recipient = recipientColumn < values.size() ? values.get(recipientColumn) : "";
        return new RecipientLine(line, WireFields.internationalNumber(recipient), fields);
    }

    /** The next non-blank line. */
    private String readRecord() {
        try {
            String text;
            do {
                text = readLine();
            } while (text != null && text.isBlank());
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link BufferedReader#readLine()} (ended by LF, CR or CRLF), but never longer than {@link #MAX_LINE_CHARS}. */
    private String readLine() throws IOException {
        StringBuilder text = new StringBuilder();
        int c = reader.read();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n' && c != '\r') {
            if (text.length() == MAX_LINE_CHARS) {
                throw ValidationFailure.invalid("Recipients", "a CSV line is longer than " + MAX_LINE_CHARS + " characters");
            }
            text.append((char) c);
            c = reader.read();
        }
        if (c == '\r') {
            reader.mark(1);
            if (reader.read() != '\n') {
                reader.reset();
            }
        }
        return text.toString();
    }

    private List<String> split(String record) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString());
        return values;
    }
}
