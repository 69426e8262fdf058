package org.fullsms.ui.help;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading anchors as GitHub makes them, so that one {@code [text](#anchor)} link works on GitHub and in the Help
 * view: lower case, characters other than letters, digits, spaces, hyphens and underscores removed, spaces made
 * hyphens; a repeated anchor gets {@code -1}, {@code -2}, … appended.
 */
final class Anchors {

    private final Map<String, Integer> seen = new HashMap<>();

    /** The anchor of the next heading titled {@code title}. */
    String next(String title) {
        String base = slug(title);
        int n = seen.merge(base, 1, Integer::sum) - 1;
        return n == 0 ? base : base + "-" + n;
    }

    static String slug(String title) {
        StringBuilder b = new StringBuilder();
        for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                b.append(c);
            } else if (c == ' ') {
                b.append('-');
            }
        }
        return b.toString();
    }
}
