package org.fullsms.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.junit.jupiter.api.Test;

/** Search matches laid over the guide's styles (StyleRange and Color need no display). */
class HighlightsTest {

    private static final Color YELLOW = new Color(255, 230, 120);

    @Test
    void findIgnoresCaseAndFindsEveryMatch() {
        assertEquals(List.of(0, 10), Highlights.find("Durbin at durbin", "DURBIN"));
        assertEquals(List.of(), Highlights.find("text", " "));
    }

    @Test
    void matchesSplitTheStylesTheyCrossAndKeepTheirAttributes() {
        StyleRange bold = range(5, 10);
        bold.fontStyle = SWT.BOLD;
        StyleRange[] out = Highlights.overlay(List.of(bold), List.of(2, 12), 4, YELLOW);
        // plain 2–5 hit; bold 5–6 hit; bold 6–12; bold 12–15 hit; plain 15–16 hit
        assertEquals(5, out.length);
        int[][] expected = {{2, 3}, {5, 1}, {6, 6}, {12, 3}, {15, 1}};
        for (int i = 0; i < out.length; i++) {
            assertEquals(expected[i][0], out[i].start, "start of piece " + i);
            assertEquals(expected[i][1], out[i].length, "length of piece " + i);
        }
        assertSame(YELLOW, out[0].background);
        assertEquals(SWT.NORMAL, out[0].fontStyle);
        assertEquals(SWT.BOLD, out[1].fontStyle);
        assertNull(out[2].background);
        assertEquals(SWT.BOLD, out[2].fontStyle);
        assertSame(YELLOW, out[3].background);
    }

    @Test
    void withoutMatchesTheStylesStayAsTheyAre() {
        StyleRange a = range(0, 3);
        StyleRange b = range(7, 2);
        StyleRange[] out = Highlights.overlay(List.of(a, b), List.of(), 0, YELLOW);
        assertEquals(2, out.length);
        assertEquals(0, out[0].start);
        assertEquals(7, out[1].start);
    }

    private static StyleRange range(int start, int length) {
        StyleRange s = new StyleRange();
        s.start = start;
        s.length = length;
        return s;
    }
}
