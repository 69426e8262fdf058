package org.fullsms.export.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.export.plot.Canvas.Anchor;
import org.fullsms.export.plot.Series.Style;

/** The legend box in a panel's top right corner: a sample and the label of each labelled series and band. */
final class Legend {

    /** A little smaller than the tick labels, as in matplotlib: the legend should not hide the data. */
    private static final float SIZE = 10f;
    private static final double ROW = 13;

    private record Entry(String label, Color color, Style style, boolean band) {
    }

    private Legend() {
    }

    static void draw(Canvas c, Panel p, double right, double top) {
        List<Entry> entries = new ArrayList<>();
        for (Series s : p.series()) {
            if (s.label() != null) {
                entries.add(new Entry(s.label(), s.color(), s.style(), false));
            }
        }
        for (Band b : p.bands()) {
            if (b.label() != null && entries.stream().noneMatch(e -> e.label().equals(b.label()))) {
                entries.add(new Entry(b.label(), b.color(), null, true));
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        double textWidth = 0;
        for (Entry e : entries) {
            textWidth = Math.max(textWidth, c.textWidth(e.label(), SIZE));
        }
        double w = textWidth + 34;
        double h = entries.size() * ROW + 6;
        double x = right - w - 5;
        double y = top + 5;
        c.fillRect(x, y, w, h, new Color(255, 255, 255, 225));
        c.strokeRect(x, y, w, h, new Color(160, 160, 160), 1f);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double cy = y + 3 + ROW * i + ROW / 2;
            if (e.band()) {
                c.fillRect(x + 6, cy - 4, 18, 8, e.color());
            } else if (e.style() == Style.POINTS) {
                c.circle(x + 15, cy, 3, e.color(), null);
            } else if (e.style() == Style.RINGS) {
                c.circle(x + 15, cy, 4.5, null, e.color());
            } else {
                c.line(x + 6, cy, x + 24, cy, e.color(), 2f, false);
                if (e.style() == Style.LINE_POINTS) {
                    c.circle(x + 15, cy, 3, e.color(), null);
                }
            }
            c.text(e.label(), x + 28, cy + 3.5, Anchor.START, SIZE, false, false);
        }
    }
}
