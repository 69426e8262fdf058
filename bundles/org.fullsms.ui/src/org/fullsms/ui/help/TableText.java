package org.fullsms.ui.help;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fullsms.ui.help.Block.Table;

/**
 * A table laid out as lines of a monospaced font within a width in characters: columns as wide as their text
 * where that fits, else the widest columns narrowed until it does (not below {@link #MIN_COLUMN}), cells wrapped
 * at word boundaries within their column. The header row comes first, then a rule, then the rows.
 */
final class TableText {

    /** Between two columns. */
    static final String GAP = " │ ";
    /** Narrowest a column is made (a longer word is broken). */
    static final int MIN_COLUMN = 8;

    private TableText() {
    }

    /**
     * The table's lines.
     *
     * @param lines       every line, header first
     * @param headerLines how many of them are the header (it may wrap too); the rule under it follows them
     */
    record Layout(List<String> lines, int headerLines) {
    }

    /** {@code table} in lines of at most {@code width} characters where its columns allow. */
    static Layout layout(Table table, int width) {
        int columns = columns(table);
        int[] widths = naturalWidths(table, columns);
        int available = Math.max(columns * MIN_COLUMN, width - GAP.length() * (columns - 1));
        while (Arrays.stream(widths).sum() > available) {
            int widest = 0;
            for (int c = 1; c < columns; c++) {
                if (widths[c] > widths[widest]) {
                    widest = c;
                }
            }
            if (widths[widest] <= MIN_COLUMN) {
                break;
            }
            widths[widest]--;
        }
        List<String> lines = new ArrayList<>(row(table.header(), widths));
        int header = lines.size();
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            rule.append(c == 0 ? "" : "─┼─").append("─".repeat(widths[c]));
        }
        lines.add(rule.toString());
        for (List<String> r : table.rows()) {
            lines.addAll(row(r, widths));
        }
        return new Layout(lines, header);
    }

    private static int columns(Table table) {
        int n = table.header().size();
        for (List<String> r : table.rows()) {
            n = Math.max(n, r.size());
        }
        return n;
    }

    private static int[] naturalWidths(Table table, int columns) {
        int[] w = new int[columns];
        List<List<String>> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        for (List<String> r : all) {
            for (int c = 0; c < r.size(); c++) {
                w[c] = Math.max(w[c], r.get(c).length());
            }
        }
        for (int c = 0; c < columns; c++) {
            w[c] = Math.max(1, w[c]);
        }
        return w;
    }

    private static List<String> row(List<String> cells, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> w = wrap(c < cells.size() ? cells.get(c) : "", widths[c]);
            wrapped.add(w);
            height = Math.max(height, w.size());
        }
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < height; k++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String part = k < wrapped.get(c).size() ? wrapped.get(c).get(k) : "";
                line.append(c == 0 ? "" : GAP).append(part).append(" ".repeat(widths[c] - part.length()));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** {@code text} in lines of at most {@code width} characters, broken at spaces (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
