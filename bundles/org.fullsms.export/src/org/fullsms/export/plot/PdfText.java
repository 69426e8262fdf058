package org.fullsms.export.plot;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text in the standard fonts: a string becomes runs of one-byte codes, each in Helvetica (WinAnsiEncoding) or, for
 * the Greek letters and mathematical signs the figures use (τ, χ, μ, Δ, −, ≤ …), in Symbol. A character in neither
 * falls back to its compatibility decomposition without accents (ᵣ → r, ő → o), else to {@code ?}.
 */
final class PdfText {

    /** One run of codes in one font. */
    record Run(PdfFont font, byte[] codes) {
    }

    private record Glyph(PdfFont font, int code) {
    }

    /** Unicode of WinAnsiEncoding's codes 128–159 (0: none); codes 32–126 and 160–255 are Latin-1's. */
    private static final String WIN_ANSI_128 = "\u20ac\0\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
            + "\u2039\u0152\0\u017d\0\0\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\0"
            + "\u017e\u0178";
    /** Characters drawn in Symbol, and their codes there (the same position in the second string). */
    private static final String SYMBOL_CHARS = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρςστυφχψωϑϒϕϖ"
            + "\u2032\u2033\u2126\u2190\u2192\u2202\u2206\u2207\u2211\u2212\u221a\u221d\u221e\u222b\u2245\u2248\u2260"
            + "\u2264\u2265";
    private static final String SYMBOL_CODES = "ABGDEZHQIKLMNXOPRSTUFCYWabgdezhqiklmnxoprVstufcywJ\u00a1jv"
            + "\u00a2\u00b2W\u00ac\u00ae\u00b6D\u00d1\u00e5-\u00d6\u00b5\u00a5\u00f2@\u00bb\u00b9\u00a3\u00b3";
    private static final int UNMAPPABLE = '?';

    private PdfText() {
    }

    /** The runs of {@code s} in Helvetica (bold or not) and Symbol, in order. */
    static List<Run> runs(String s, boolean bold) {
        PdfFont text = bold ? PdfFont.HELVETICA_BOLD : PdfFont.HELVETICA;
        List<Run> runs = new ArrayList<>();
        ByteArrayOutputStream codes = new ByteArrayOutputStream();
        PdfFont current = null;
        for (Glyph g : glyphs(s, text)) {
            if (g.font() != current && current != null) {
                runs.add(new Run(current, codes.toByteArray()));
                codes.reset();
            }
            current = g.font();
            codes.write(g.code());
        }
        if (current != null) {
            runs.add(new Run(current, codes.toByteArray()));
        }
        return runs;
    }

    /** The advance width of {@code s} in 1/1000 em, as a reader draws it (no kerning). */
    static int width(String s, boolean bold) {
        int w = 0;
        for (Glyph g : glyphs(s, bold ? PdfFont.HELVETICA_BOLD : PdfFont.HELVETICA)) {
            w += g.font().width(g.code());
        }
        return w;
    }

    private static List<Glyph> glyphs(String s, PdfFont text) {
        List<Glyph> out = new ArrayList<>(s.length());
        s.codePoints().forEach(cp -> {
            Glyph direct = glyph(cp, text);
            if (direct != null) {
                out.add(direct);
                return;
            }
            List<Glyph> parts = decomposed(cp, text);
            out.addAll(parts.isEmpty() ? List.of(new Glyph(text, UNMAPPABLE)) : parts);
        });
        return out;
    }

    /** The glyphs of the compatibility decomposition without combining marks; empty when one is not encodable. */
    private static List<Glyph> decomposed(int cp, PdfFont text) {
        String d = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD);
        List<Glyph> parts = new ArrayList<>();
        for (int c : d.codePoints().toArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            Glyph g = glyph(c, text);
            if (g == null) {
                return List.of();
            }
            parts.add(g);
        }
        return parts;
    }

    private static Glyph glyph(int cp, PdfFont text) {
        if (cp >= 32 && cp <= 126 || cp >= 160 && cp <= 255) {
            return new Glyph(text, cp);
        }
        int win = cp == 0 ? -1 : WIN_ANSI_128.indexOf(cp); // 0 stands for the codes without a character there
        if (win >= 0) {
            return new Glyph(text, 128 + win);
        }
        int symbol = SYMBOL_CHARS.indexOf(cp);
        return symbol >= 0 ? new Glyph(PdfFont.SYMBOL, SYMBOL_CODES.charAt(symbol)) : null;
    }
}
