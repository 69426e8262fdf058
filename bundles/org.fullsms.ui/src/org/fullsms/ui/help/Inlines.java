package org.fullsms.ui.help;

import java.util.ArrayList;
import java.util.List;

import org.fullsms.ui.help.Span.Style;

/**
 * Inline Markdown of the guide: {@code **bold**}, {@code *italic*}, {@code `code`}, {@code [text](target)} and
 * backslash escapes. Underscores are left alone, so that {@code τ_a} and {@code N_cp} read as written. A marker
 * without its closing partner is ordinary text.
 */
final class Inlines {

    private Inlines() {
    }

    static List<Span> parse(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isEscapable(text.charAt(i + 1))) {
                plain.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            Span span = null;
            int end = -1;
            if (c == '`') {
                end = text.indexOf('`', i + 1);
                span = end < 0 ? null : new Span(text.substring(i + 1, end), Style.CODE, null);
                end++;
            } else if (text.startsWith("**", i)) {
                end = text.indexOf("**", i + 2);
                span = end < 0 ? null : new Span(unescape(text.substring(i + 2, end)), Style.BOLD, null);
                end += 2;
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) != ' ') {
                end = text.indexOf('*', i + 1);
                span = end < 0 ? null : new Span(unescape(text.substring(i + 1, end)), Style.ITALIC, null);
                end++;
            } else if (c == '[') {
                int close = text.indexOf("](", i + 1);
                int paren = close < 0 ? -1 : text.indexOf(')', close + 2);
                if (paren > 0) {
                    span = new Span(plainText(text.substring(i + 1, close)), Style.PLAIN,
                            text.substring(close + 2, paren));
                    end = paren + 1;
                }
            }
            if (span == null) {
                plain.append(c);
                i++;
                continue;
            }
            flush(plain, spans);
            spans.add(span);
            i = end;
        }
        flush(plain, spans);
        return spans;
    }

    /** The text without its markup (headings, table cells, link texts). */
    static String plainText(String markdown) {
        StringBuilder b = new StringBuilder();
        for (Span s : parse(markdown)) {
            b.append(s.text());
        }
        return b.toString();
    }

    private static boolean isEscapable(char c) {
        return "\\`*_[]()#|!-.".indexOf(c) >= 0;
    }

    private static String unescape(String s) {
        return s.indexOf('\\') < 0 ? s : plainText(s);
    }

    private static void flush(StringBuilder plain, List<Span> spans) {
        if (!plain.isEmpty()) {
            spans.add(Span.plain(plain.toString()));
            plain.setLength(0);
        }
    }
}
