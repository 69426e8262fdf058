package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.export.plot.Figure;
import org.fullsms.export.plot.FigureRenderer;
import org.fullsms.export.plot.FigureSize;
import org.junit.jupiter.api.Test;

/** Issue 18, 3: figures as PDF, a vector page of the printed size with its text in the standard fonts. */
class PdfFigureTest {

    private static final Figure TRACE = PlotFigures.intensity(Fixtures.particle(0).build(),
            IntensityUnit.COUNTS_PER_BIN);
    private static final Figure DECAY = PlotFigures.decay("Particle 1", new FittedDecay(Fixtures.decay(),
            Fixtures.fit()));
    private static final Figure CORRELATION = PlotFigures.correlation("Particle 1", Fixtures.correlation());

    private static PdfFile pdf(Figure f) {
        return new PdfFile(FigureRenderer.pdf(f, FigureSize.JOURNAL_COLUMN));
    }

    /** The content operators in {@code parts}, with any number between two parts (font sizes, positions). */
    private static Pattern operators(String... parts) {
        return Pattern.compile(String.join("[0-9.]+", List.of(parts).stream().map(Pattern::quote).toList()));
    }

    @Test
    void everyFigureIsAWellFormedPageOfThePrintedSize() {
        for (FigureSize size : List.of(FigureSize.JOURNAL_COLUMN, new FigureSize(170, 80, 600, 10))) {
            for (Figure f : List.of(TRACE, DECAY, CORRELATION)) {
                PdfFile pdf = new PdfFile(FigureRenderer.pdf(f, size));
                assertEquals(size.widthMm() * 72 / 25.4, pdf.widthPt, 0.01, f.title() + " width in points");
                assertEquals(size.heightMm() * 72 / 25.4, pdf.heightPt, 0.01, f.title() + " height in points");
            }
        }
    }

    @Test
    void labelsAndLegendAreTextInHelvetica() {
        PdfFile trace = pdf(TRACE);
        for (String label : List.of("(Time \\(s\\)) Tj", "(Intensity \\(counts/100 ms\\)) Tj", "(Levels) Tj",
                "(Particle 1 intensity trace) Tj")) {
            assertTrue(trace.content.contains(label), label);
        }
        assertTrue(trace.text.contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"), "Helvetica");
        assertTrue(trace.text.contains("/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding"), "the bold title");
        assertFalse(trace.text.contains("/Symbol"), "no Symbol font where no Greek is drawn");
    }

    @Test
    void greekLettersAreDrawnInSymbol() {
        PdfFile correlation = pdf(CORRELATION);
        assertTrue(operators("(Delay ) Tj\n/F3 ", " Tf (t) Tj\n/F1 ", " Tf ( \\(ns\\)) Tj").matcher(correlation.content)
                .find(), "Delay τ (ns)");
        assertTrue(correlation.text.contains("/BaseFont /Symbol >>"), "Symbol in its own encoding");
        // χ²ᵣ: chi in Symbol, the superscript two in WinAnsi (octal 262), the subscript r as a plain r
        assertTrue(operators("/F3 ", " Tf (c) Tj\n/F1 ", " Tf (\\262r = ").matcher(pdf(DECAY).content).find(),
                "the fit's reduced χ² in the legend");
    }

    @Test
    void theYAxisLabelIsRotatedUpwards() {
        assertTrue(operators("0 1 -1 0 ", " ", " Tm\n/F1 ", " Tf (Intensity \\(counts/100 ms\\)) Tj")
                .matcher(pdf(TRACE).content).find(), "text matrix of a quarter turn counter-clockwise");
    }

    @Test
    void theSameFigureGivesTheSameBytes() {
        for (Figure f : List.of(TRACE, DECAY, CORRELATION)) {
            assertArrayEquals(FigureRenderer.pdf(f, FigureSize.JOURNAL_COLUMN),
                    FigureRenderer.pdf(f, FigureSize.JOURNAL_COLUMN), f.title());
        }
    }
}
