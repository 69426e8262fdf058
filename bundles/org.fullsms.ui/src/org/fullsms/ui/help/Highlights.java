package org.fullsms.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/** Search matches in the guide's text, and its styles with the matches' background laid over them. */
final class Highlights {

    private Highlights() {
    }

    /** Start offsets of {@code query} in {@code text}, ignoring case; none for a blank query. */
    static List<Integer> find(String text, String query) {
        List<Integer> starts = new ArrayList<>();
        if (query.isBlank()) {
            return starts;
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            starts.add(i);
        }
        return starts;
    }

    /**
     * @param base       non-overlapping styles in offset order
     * @param starts     match starts
     * @param length     match length
     * @param background the matches' background
     * @return {@code base} split where matches begin and end, the matched parts with {@code background}
     */
    static StyleRange[] overlay(List<StyleRange> base, List<Integer> starts, int length, Color background) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (StyleRange s : base) {
            cuts.add(s.start);
            cuts.add(s.start + s.length);
        }
        for (int m : starts) {
            cuts.add(m);
            cuts.add(m + length);
        }
        List<StyleRange> out = new ArrayList<>();
        int b = 0;
        int m = 0;
        Integer from = cuts.isEmpty() ? null : cuts.first();
        for (Integer to = from == null ? null : cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            while (b < base.size() && base.get(b).start + base.get(b).length <= from) {
                b++;
            }
            while (m < starts.size() && starts.get(m) + length <= from) {
                m++;
            }
            StyleRange style = b < base.size() && base.get(b).start <= from ? base.get(b) : null;
            boolean hit = m < starts.size() && starts.get(m) <= from;
            if (style == null && !hit) {
                continue;
            }
            StyleRange piece = style == null ? new StyleRange() : (StyleRange) style.clone();
            piece.start = from;
            piece.length = to - from;
            if (hit) {
                piece.background = background;
            }
            out.add(piece);
        }
        return out.toArray(new StyleRange[0]);
    }
}
