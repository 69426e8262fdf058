package org.fullsms.export.plot;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;

/**
 * A one-page PDF 1.4 file around a content stream: catalog, page tree, the page, its fonts and images, the
 * document's title, and the cross-reference table by which a reader finds each object. Written as text with one byte per character, so the
 * offsets counted in characters are the byte offsets. Nothing depends on the clock: the same figure gives the same
 * bytes.
 */
final class PdfDocument {

    private static final String HEADER = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"; // a binary comment: not text

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final List<Integer> offsets = new ArrayList<>();

    private PdfDocument() {
    }

    /**
     * An image XObject: 8-bit RGB cells, compressed with Flate (zlib), which every reader decodes.
     *
     * @param resource its name in the page's resources ({@code Im1}…)
     */
    record Image(String resource, int cols, int rows, byte[] flate) {

        /** @param rgb 0xRRGGBB per cell, row-major from the top row down (PDF's image order) */
        static Image of(String resource, int[] rgb, int cols, int rows) {
            byte[] raw = new byte[rgb.length * 3];
            for (int i = 0; i < rgb.length; i++) {
                raw[3 * i] = (byte) (rgb[i] >> 16);
                raw[3 * i + 1] = (byte) (rgb[i] >> 8);
                raw[3 * i + 2] = (byte) rgb[i];
            }
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return new Image(resource, cols, rows, out.toByteArray());
        }
    }

    /**
     * @param widthPt  the page's width in points
     * @param heightPt the page's height in points
     * @param content  the page's content stream (ASCII)
     * @param fonts    the fonts the content names
     * @param images   the images the content draws
     * @param title    the document's title, or null
     */
    static byte[] write(double widthPt, double heightPt, String content, Set<PdfFont> fonts, List<Image> images,
            String title) {
        PdfDocument d = new PdfDocument();
        d.out.append(HEADER);
        d.object("<< /Type /Catalog /Pages 2 0 R >>");
        d.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        StringBuilder page = new StringBuilder("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ");
        number(page, widthPt);
        page.append(' ');
        number(page, heightPt);
        page.append(images.isEmpty() ? "] /Resources << /ProcSet [/PDF /Text] /Font <<"
                : "] /Resources << /ProcSet [/PDF /Text /ImageC] /Font <<");
        int object = 5;
        for (PdfFont f : fonts) {
            page.append(" /").append(f.resource()).append(' ').append(object++).append(" 0 R");
        }
        page.append(" >>");
        if (!images.isEmpty()) {
            page.append(" /XObject <<");
            for (Image image : images) {
                page.append(" /").append(image.resource()).append(' ').append(object++).append(" 0 R");
            }
            page.append(" >>");
        }
        d.object(page.append(" >> /Contents 4 0 R >>").toString());
        d.object("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        for (PdfFont f : fonts) {
            d.object("<< /Type /Font /Subtype /Type1 /BaseFont /" + f.baseFont()
                    + (f.winAnsi() ? " /Encoding /WinAnsiEncoding" : "") + " >>");
        }
        for (Image image : images) {
            StringBuilder stream = new StringBuilder(image.flate().length + 160);
            stream.append("<< /Type /XObject /Subtype /Image /Width ").append(image.cols()).append(" /Height ")
                    .append(image.rows()).append(" /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode")
                    .append(" /Length ").append(image.flate().length).append(" >>\nstream\n");
            for (byte b : image.flate()) {
                stream.append((char) (b & 0xff)); // one byte per character, as the whole file
            }
            d.object(stream.append("\nendstream").toString());
        }
        StringBuilder info = new StringBuilder("<< /Producer (Full SMS)");
        if (title != null && !title.isEmpty()) {
            info.append(" /Title ").append(textString(title));
        }
        d.object(info.append(" >>").toString());
        return d.finish();
    }

    /** A number with at most two decimals: a hundredth of a point is finer than any printer. */
    static void number(StringBuilder b, double v) {
        number(b, v, 2);
    }

    /** A number with at most {@code decimals} decimals, without trailing zeros. */
    static void number(StringBuilder b, double v, int decimals) {
        // PDF 1.4 readers need not take numbers beyond ±32767 (its Appendix C); that far is off any page anyway.
        double clamped = Math.max(-32767, Math.min(32767, v));
        long scale = (long) Math.pow(10, decimals);
        long r = Math.round(clamped * scale);
        if (r < 0) {
            b.append('-');
            r = -r;
        }
        b.append(r / scale);
        long fraction = r % scale;
        if (fraction != 0) {
            String digits = Long.toString(fraction + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(digits, 0, end);
        }
    }

    /** A literal string of one-byte codes; parentheses and backslashes escaped, other than printable ASCII octal. */
    static void string(StringBuilder b, byte[] codes) {
        b.append('(');
        for (byte code : codes) {
            int c = code & 0xff;
            if (c == '(' || c == ')' || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c >= 32 && c < 127) {
                b.append((char) c);
            } else {
                b.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + (c >> 3 & 7)))
                        .append((char) ('0' + (c & 7)));
            }
        }
        b.append(')');
    }

    /** A text string outside the content (the title): UTF-16 with its byte order mark, as hexadecimal. */
    private static String textString(String s) {
        StringBuilder b = new StringBuilder("<FEFF");
        for (char c : s.toCharArray()) {
            b.append(String.format(Locale.ROOT, "%04X", (int) c));
        }
        return b.append('>').toString();
    }

    private void object(String body) {
        offsets.add(out.length());
        out.append(offsets.size()).append(" 0 obj\n").append(body).append("\nendobj\n");
    }

    /** The cross-reference table (entries of exactly 20 bytes), the trailer and where the table starts. */
    private byte[] finish() {
        int xref = out.length();
        out.append("xref\n0 ").append(offsets.size() + 1).append('\n');
        out.append("0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R /Info ")
                .append(offsets.size()).append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
