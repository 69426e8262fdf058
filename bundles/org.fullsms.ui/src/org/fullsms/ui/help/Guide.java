package org.fullsms.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fullsms.ui.help.Block.Code;
import org.fullsms.ui.help.Block.Heading;
import org.fullsms.ui.help.Block.ListItem;
import org.fullsms.ui.help.Block.Paragraph;
import org.fullsms.ui.help.Block.Picture;
import org.fullsms.ui.help.Block.Table;

/**
 * The user guide as blocks, read from the Markdown subset {@code docs/guide.md} is written in: headings, paragraphs,
 * bullet and numbered lists (nested by indentation, continuation lines indented), pipe tables, code blocks (indented
 * by four spaces or fenced), pictures on a line of their own, and the inline markup of {@link Inlines}. Anything
 * else reads as paragraph text. Plain Java: no display needed.
 */
public record Guide(List<Block> blocks) {

    /** Where the guide lies in the bundle (copied from {@code docs/guide.md} by the build). */
    public static final String RESOURCE = "help/guide.md";

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern ITEM = Pattern.compile("( *)([-*]|\\d+\\.)\\s+(.*)");
    private static final Pattern PICTURE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");
    private static final int CODE_INDENT = 4;

    public Guide {
        blocks = List.copyOf(blocks);
    }

    public static Guide parse(String markdown) {
        return new Parser(markdown.replace("\r\n", "\n").split("\n", -1)).run();
    }

    /** The headings, in order. */
    public List<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    public Optional<Heading> heading(String anchor) {
        return headings().stream().filter(h -> h.anchor().equals(anchor)).findFirst();
    }

    /** Reads lines into blocks, one construct at a time. */
    private static final class Parser {
        private final String[] lines;
        private final List<Block> blocks = new ArrayList<>();
        private final Anchors anchors = new Anchors();
        private int i;

        Parser(String[] lines) {
            this.lines = lines;
        }

        Guide run() {
            while (i < lines.length) {
                String line = lines[i];
                if (line.isBlank()) {
                    i++;
                } else if (line.startsWith("```")) {
                    fenced();
                } else if (indent(line) >= CODE_INDENT && !nestedItem(line)) {
                    indented();
                } else if (HEADING.matcher(line).matches()) {
                    heading(line);
                } else if (line.trim().startsWith("|")) {
                    table();
                } else if (PICTURE.matcher(line.trim()).matches()) {
                    Matcher m = PICTURE.matcher(line.trim());
                    m.matches();
                    blocks.add(new Picture(m.group(1), m.group(2)));
                    i++;
                } else if (ITEM.matcher(line).matches()) {
                    listItem();
                } else {
                    paragraph();
                }
            }
            return new Guide(blocks);
        }

        /** An item indented under the list item before it (else four spaces start code). */
        private boolean nestedItem(String line) {
            return ITEM.matcher(line).matches() && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof ListItem;
        }

        private void heading(String line) {
            Matcher m = HEADING.matcher(line);
            m.matches();
            String title = Inlines.plainText(m.group(2));
            blocks.add(new Heading(m.group(1).length(), title, anchors.next(title)));
            i++;
        }

        private void fenced() {
            StringBuilder code = new StringBuilder();
            i++;
            while (i < lines.length && !lines[i].startsWith("```")) {
                code.append(code.isEmpty() ? "" : "\n").append(lines[i++]);
            }
            i++;
            blocks.add(new Code(code.toString()));
        }

        private void indented() {
            List<String> code = new ArrayList<>();
            while (i < lines.length && (lines[i].isBlank() || indent(lines[i]) >= CODE_INDENT)) {
                code.add(lines[i].isBlank() ? "" : lines[i].substring(CODE_INDENT));
                i++;
            }
            while (code.get(code.size() - 1).isEmpty()) {
                code.remove(code.size() - 1);
            }
            blocks.add(new Code(String.join("\n", code)));
        }

        private void table() {
            List<List<String>> rows = new ArrayList<>();
            while (i < lines.length && lines[i].trim().startsWith("|")) {
                String row = lines[i++].trim();
                if (!TABLE_RULE.matcher(row).matches()) {
                    rows.add(cells(row));
                }
            }
            blocks.add(new Table(rows.get(0), rows.subList(1, rows.size())));
        }

        private void listItem() {
            Matcher m = ITEM.matcher(lines[i]);
            m.matches();
            int depth = m.group(1).length() / 2;
            String marker = m.group(2).endsWith(".") ? m.group(2) : "•";
            StringBuilder text = new StringBuilder(m.group(3));
            i++;
            // continuation lines: indented, and not a new item, picture or table
            while (i < lines.length && !lines[i].isBlank() && indent(lines[i]) > 0 && !startsBlock(lines[i])) {
                text.append(' ').append(lines[i++].trim());
            }
            blocks.add(new ListItem(depth, marker, Inlines.parse(text.toString())));
        }

        private void paragraph() {
            StringBuilder text = new StringBuilder(lines[i++].trim());
            while (i < lines.length && !lines[i].isBlank() && !startsBlock(lines[i])) {
                text.append(' ').append(lines[i++].trim());
            }
            blocks.add(new Paragraph(Inlines.parse(text.toString())));
        }

        private static boolean startsBlock(String line) {
            String t = line.trim();
            return ITEM.matcher(line).matches() || HEADING.matcher(line).matches() || t.startsWith("|")
                    || t.startsWith("```") || PICTURE.matcher(t).matches();
        }

        private static int indent(String line) {
            int n = 0;
            while (n < line.length() && line.charAt(n) == ' ') {
                n++;
            }
            return n;
        }

        /** The cells of {@code | a | b |}; {@code \|} is a bar inside a cell. */
        private static List<String> cells(String row) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
            for (int k = 0; k < inner.length(); k++) {
                char c = inner.charAt(k);
                if (c == '\\' && k + 1 < inner.length() && inner.charAt(k + 1) == '|') {
                    cell.append('|');
                    k++;
                } else if (c == '|') {
                    cells.add(Inlines.plainText(cell.toString().trim()));
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(Inlines.plainText(cell.toString().trim()));
            return cells;
        }
    }
}
