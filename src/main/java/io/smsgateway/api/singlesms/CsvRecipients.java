package io.smsgateway.api.singlesms;

import io.smsgateway.campaign.RecipientLine;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the recipients of a CSV upload: a header row naming a {@code recipient} column (or
 * {@code number}, {@code phone}, {@code msisdn}) and any other columns, which become the fields of
 * the text's {@code {placeholders}}. Comma or semicolon separated (as the header row is), records as
 * RFC 4180 defines them (Apache Commons CSV): a quoted field may hold separators, quotes and line
 * breaks. Records are numbered from 1 for the first data row.
 */
final class CsvRecipients implements Iterator<RecipientLine> {

    private static final List<String> RECIPIENT_COLUMNS = List.of("recipient", "number", "phone", "msisdn", "mobile");

    /** A recipient's fields are capped far below this; a longer line is a broken or hostile upload, not read into memory. */
    static final int MAX_LINE_CHARS = 8192;
    /** A record may break its quoted fields over a few lines, but never hold more than this. */
    static final int MAX_RECORD_CHARS = 4 * MAX_LINE_CHARS;

    private final BoundedRecords input;
    private final List<String> header;
    private final int recipientColumn;
    private final Iterator<CSVRecord> records;

    CsvRecipients(Reader reader) {
        this.input = new BoundedRecords(reader);
        String headerLine = input.firstLine();
        if (headerLine == null) {
            throw ValidationFailure.missing("Recipients");
        }
        headerLine = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
        char separator = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        this.header = parse(headerLine, format).stream().map(String::strip).toList();
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
        try {
            this.records = CSVParser.builder().setReader(input).setFormat(format).get().iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw malformed(e);
        }
    }

    @Override
    public RecipientLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        input.recordRead();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != recipientColumn && !header.get(i).isEmpty()) {
                fields.put(header.get(i), i < record.size() ? record.get(i).strip() : null);
            }
        }
        String recipient = recipientColumn < record.size() ? record.get(recipientColumn) : "";
        return new RecipientLine((int) record.getRecordNumber(), WireFields.internationalNumber(recipient), fields);
    }

    private static List<String> parse(String line, CSVFormat format) {
        try (CSVParser parser = CSVParser.parse(line, format)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException e) {
            throw malformed(e);
        }
    }

    /** Commons CSV reports a quote left open or text after a closing quote as an I/O error carrying the position. */
    private static RuntimeException malformed(Exception e) {
        Throwable problem = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ValidationFailure failure) {
                return failure;
            }
            problem = cause;
        }
        return ValidationFailure.invalid("Recipients", "the CSV is not well formed: " + problem.getMessage());
    }

    /**
     * The upload as the CSV parser sees it, one character per read so that the parser buffers nothing
     * ahead: what it holds is the current record, and a line or record beyond its cap is refused
     * while it is read, before it fills the heap.
     */
    private static final class BoundedRecords extends Reader {

        private final Reader source;
        private int lineChars;
        private int recordChars;

        BoundedRecords(Reader source) {
            this.source = source;
        }

        /** The header row: the first line that is not blank, ended by LF, CR or CRLF. */
        String firstLine() {
            try {
                StringBuilder line = new StringBuilder();
                int c;
                while ((c = read()) != -1) {
                    if (c != '\n' && c != '\r') {
                        line.append((char) c);
                    } else if (!line.toString().isBlank()) {
                        break;
                    } else {
                        line.setLength(0);
                    }
                }
                recordRead();
                return line.toString().isBlank() ? null : line.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void recordRead() {
            recordChars = 0;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int c = read();
            if (c == -1) {
                return -1;
            }
            buffer[offset] = (char) c;
            return 1;
        }

        @Override
        public int read() throws IOException {
            int c = source.read();
            if (c == '\n' || c == '\r') {
                lineChars = 0;
            } else if (c != -1 && ++lineChars > MAX_LINE_CHARS) {
                throw new IOException(ValidationFailure.invalid("Recipients", "a CSV line is longer than " + MAX_LINE_CHARS + " characters"));
            }
            if (c != -1 && ++recordChars > MAX_RECORD_CHARS + 2) {
                throw new IOException(ValidationFailure.invalid("Recipients", "a CSV record is longer than " + MAX_RECORD_CHARS + " characters"));
            }
            return c;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
