package org.fullsms.export.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fullsms.export.plot.Canvas.Anchor;
import org.fullsms.export.plot.PdfText.Run;
import org.junit.jupiter.api.Test;

/** The PDF canvas: text encoded for the standard fonts and measured with their widths; layout onto the page. */
class PdfCanvasTest {

    private static String codes(Run r) {
        return new String(r.codes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void greekLettersAreRunsInSymbol() {
        List<Run> runs = PdfText.runs("Delay τ (ns)", false);
        assertEquals(List.of(PdfFont.HELVETICA, PdfFont.SYMBOL, PdfFont.HELVETICA), runs.stream().map(Run::font)
                .toList());
        assertEquals(List.of("Delay ", "t", " (ns)"), runs.stream().map(PdfCanvasTest::codes).toList());
        assertEquals("cmDW", codes(PdfText.runs("χμΔΩ", false).get(0)), "χ, μ, Δ, Ω at their Symbol codes");
        assertEquals(PdfFont.HELVETICA_BOLD, PdfText.runs("Title", true).get(0).font());
    }

    @Test
    void otherCharactersAreWinAnsiOrTheirPlainLetterOrAQuestionMark() {
        List<Run> runs = PdfText.runs("²ᵣ € ő µ 中", false);
        assertEquals(1, runs.size(), runs.toString());
        assertArrayEquals(new byte[] {(byte) 0xb2, 'r', ' ', (byte) 0x80, ' ', 'o', ' ', (byte) 0xb5, ' ', '?'},
                runs.get(0).codes());
    }

    @Test
    void widthsAreTheCoreFontMetrics() {
        assertEquals(611 + 222 + 833 + 556, PdfText.width("Time", false));
        assertEquals(611 + 278 + 889 + 556, PdfText.width("Time", true));
        assertEquals(439, PdfText.width("τ", false), "Symbol's tau");
        assertEquals(22.22, new PdfCanvas(100, 1).textWidth("Time", 10), 1e-9, "layout measures what is drawn");
    }

    @Test
    void anchoredTextStartsWhereItsWidthSaysOnTheFlippedPage() {
        PdfCanvas c = new PdfCanvas(100, 0.5);
        c.text("Time", 40, 20, Anchor.END, 10, false, false);
        c.text("Time", 30, 60, Anchor.MIDDLE, 20, false, true);
        String content = c.content();
        // 0.5 pt per unit; y from the top: 100 − 20 × 0.5; the end at x = 40: start (40 − 22.22) × 0.5
        assertTrue(content.contains("1 0 0 1 8.89 90 Tm\n/F1 5 Tf (Time) Tj"), content);
        // reading upwards, centred on y = 60: starts half its 44.44 units below it, at 100 − 82.22 × 0.5
        assertTrue(content.contains("0 1 -1 0 15 58.89 Tm\n/F1 10 Tf (Time) Tj"), content);
    }

    @Test
    void shapesArePathsInPointsAndTranslucentColoursAreBlendedOntoWhite() {
        PdfCanvas c = new PdfCanvas(100, 2);
        c.fillRect(10, 5, 20, 10, new Color(0, 114, 178, 64));
        c.clip(0, 0, 10, 10);
        c.line(0, 0, 10, 10, Color.RED, 1f, true);
        c.unclip();
        c.line(0, 0, 10, 0, Color.RED, 1f, false);
        c.polyline(new double[] {0, 1, Double.NaN, 3, 4}, new double[] {0, 1, 2, 3, 4}, 5, Color.BLUE, 1f);
        String content = c.content();
        assertTrue(content.startsWith("0.749 0.861 0.924 rg\n20 70 40 20 re f\n"), content);
        assertTrue(content.contains("q 0 80 20 20 re W n\n1 0 0 RG\n2 w\n[12 8] 0 d\n0 100 m 20 80 l S\nQ\n"),
                "clipped, dashed, then restored: " + content);
        assertTrue(content.contains("Q\n1 0 0 RG\n2 w\n0 100 m 20 100 l S\n"), "the state after Q is set again");
        assertTrue(content.endsWith("0 100 m\n2 98 l\n6 94 m\n8 92 l\nS\n"), "NaN breaks the line: " + content);
    }

    @Test
    void numbersHaveAtMostTwoDecimalsAndStayInPdfRange() {
        StringBuilder b = new StringBuilder();
        for (double v : new double[] {3, 12.5, 0.125, -0.001, -2.346, 1e9}) {
            PdfDocument.number(b, v);
            b.append(' ');
        }
        assertEquals("3 12.5 0.13 0 -2.35 32767 ", b.toString());
    }
}
