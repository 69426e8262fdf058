package org.fullsms.export;

import java.nio.charset.StandardCharsets;

/**
 * Builds one CSV file in memory, in the layout of the original's {@code csv.excel} writer: comma separated,
 * CRLF line ends, cells quoted only when they hold a comma, quote or line break. Numbers via {@link PyNumbers}.
 */
final class Csv {

    private final StringBuilder text;
    private boolean rowStarted;

    /** Beyond this the builder grows as needed: a first guess never reserves more than 64 MB. */
    private static final int MAX_INITIAL = 1 << 26;

    /**
     * @param capacity a guess of the length, rows times bytes per row; a huge row count overflows int to a
     *                 negative or wrong number (it was "could not be made: -2104901696"), so it is only a hint
     */
    Csv(int capacity) {
        text = new StringBuilder(capacity < 0 ? MAX_INITIAL : Math.min(capacity, MAX_INITIAL));
    }

    Csv() {
        this(1024);
    }

    /** A whole row of text cells. */
    Csv row(String... cells) {
        for (String c : cells) {
            cell(c);
        }
        return end();
    }

    /** A line of raw text (e.g. "# of Groups:,3"), written as is. */
    Csv line(String raw) {
        if (rowStarted) {
            end();
        }
        text.append(raw).append("\r\n");
        return this;
    }

    Csv cell(String value) {
        if (rowStarted) {
            text.append(',');
        }
        rowStarted = true;
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            text.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            text.append(value);
        }
        return this;
    }

    Csv cell(double value) {
        return cell(PyNumbers.of(value));
    }

    Csv cell(long value) {
        if (rowStarted) {
            text.append(',');
        }
        rowStarted = true;
        text.append(value);
        return this;
    }

    /** An empty cell (the original's blank for "not available"). */
    Csv blank() {
        return cell("");
    }

    /** A value, or a blank cell when it is NaN (not available). */
    Csv cellOrBlank(double value) {
        return Double.isNaN(value) ? blank() : cell(value);
    }

    Csv end() {
        text.append("\r\n");
        rowStarted = false;
        return this;
    }

    byte[] bytes() {
        if (rowStarted) {
            end();
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
