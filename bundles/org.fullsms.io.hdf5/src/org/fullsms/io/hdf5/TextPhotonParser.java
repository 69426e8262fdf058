package org.fullsms.io.hdf5;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Parses the original converter's text inputs from bytes: a CSV with one header line and two columns (macro
 * and micro times in ns), or a plain list of macro times in ns (one per line or separated by commas,
 * semicolons or blanks; an optional header line is skipped). A file is the two-column CSV when its first line
 * is a header and its first data line has exactly two values; otherwise it is a macro-time list.
 */
final class TextPhotonParser {

    /** Parsed photons; {@code micro} is {@code null} for a macro-time list. */
    record Parsed(long[] macro, double[] micro) {
    }

    private static final int END = 0;
    private static final int NEWLINE = 1;
    private static final int TOKEN = 2;

    private final byte[] text;
    private int tokenStart;
    private final String name;
    private int pos;

    private TextPhotonParser(byte[] text, String name) {
        this.text = text;
        this.name = name;
    }

    static Parsed parse(byte[] text, String name) throws IOException {
        return new TextPhotonParser(text, name).parse();
    }

    private Parsed parse() throws IOException {
        int firstLineEnd = lineEnd(0);
        String first = new String(text, 0, firstLineEnd, StandardCharsets.UTF_8).trim();
        boolean header = !first.isEmpty() && first.chars().anyMatch(Character::isLetter)
                && !first.matches("[-+0-9.eE,;\\s]*");
        pos = header ? Math.min(text.length, firstLineEnd + 1) : 0;
        int dataStart = pos;
        boolean csv = header && fieldsOnLine(pos) == 2;
        long[] macro = new long[Math.max(16, text.length / 16)];
        double[] micro = csv ? new double[macro.length] : null;
        int n = 0;
        int field = 0;
        int line = header ? 2 : 1;
        while (true) {
            int kind = nextToken();
            if (kind == END) {
                break;
            }
            if (kind == NEWLINE) {
                if (csv && field != 0 && field != 2) {
                    throw new IOException(name + ": line " + line + " has " + field + " values; expected 2 (macro, micro)");
                }
                field = 0;
                line++;
                continue;
            }
            if (n == macro.length) {
                macro = Arrays.copyOf(macro, n + (n >> 1));
                micro = micro == null ? null : Arrays.copyOf(micro, macro.length);
            }
            if (csv && field == 1) {
                micro[n - 1] = number(token(), line);
            } else {
                if (csv && field > 1) {
                    throw new IOException(name + ": line " + line + " has more than 2 values");
                }
                macro[n++] = macroTime(line);
            }
            field++;
        }
        if (csv && field == 1) {
            throw new IOException(name + ": line " + line + " has 1 value; expected 2 (macro, micro)");
        }
        long[] m = Arrays.copyOf(macro, n);
        for (int i = 1; i < n; i++) {
            if (m[i] < m[i - 1]) {
                tableOfColumns(dataStart);
                throw new IOException(name + ": macro times decrease at photon " + i + " (" + m[i] + " after "
                        + m[i - 1] + "); the file is not converted");
            }
        }
        return new Parsed(m, csv ? Arrays.copyOf(micro, n) : null);
    }

    /**
     * A table of three or more columns read as a list of macro times seems to go back in time; the real problem
     * is its layout, so say that. A table: its first two data lines have the same number (&ge; 3) of values.
     */
    private void tableOfColumns(int dataStart) throws IOException {
        int columns = fieldsOnLine(dataStart);
        int next = Math.min(text.length, lineEnd(dataStart) + 1);
        if (columns >= 3 && fieldsOnLine(next) == columns) {
            throw new IOException(name + ": the file has " + columns + " columns; accepted are a CSV with a header"
                    + " line and 2 columns (macro, micro times in ns) or a list of macro times in ns");
        }
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < text.length && text[i] != '\n') {
            i++;
        }
        return i;
    }

    private int fieldsOnLine(int from) {
        String line = new String(text, from, lineEnd(from) - from, StandardCharsets.UTF_8).trim();
        return line.isEmpty() ? 0 : line.split("[,;\\s]+").length;
    }

    /** Moves to the next value ({@link #TOKEN}, bounds in tokenStart/pos), line end or end of text. */
    private int nextToken() {
        while (pos < text.length) {
            byte b = text[pos];
            if (b == '\n') {
                pos++;
                return NEWLINE;
            }
            if (isSeparator(b)) {
                pos++;
                continue;
            }
            tokenStart = pos;
            while (pos < text.length && !isSeparator(text[pos])) {
                pos++;
            }
            return TOKEN;
        }
        return END;
    }

    private String token() {
        return new String(text, tokenStart, pos - tokenStart, StandardCharsets.ISO_8859_1);
    }

    private static boolean isSeparator(byte b) {
        return b == ',' || b == ';' || b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** The current token as whole ns: digits are parsed in place (no allocation), anything else as a double. */
    private long macroTime(int line) throws IOException {
        long v = 0;
        int i = tokenStart;
        while (i < pos && text[i] >= '0' && text[i] <= '9' && v < 100_000_000_000_000_000L) {
            v = v * 10 + (text[i] - '0');
            i++;
        }
        if (i == pos) {
            return v;
        }
        String token = token();
        double d = number(token, line);
        if (!(d >= 0) || d > 9.0e18) {
            throw new IOException(name + ": line " + line + ": macro time out of range: " + token);
        }
        return Math.round(d); // float ns are rounded to whole ns
    }

    private double number(String token, int line) throws IOException {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new IOException(name + ": line " + line + ": not a number: '" + token + "'");
        }
    }
}
