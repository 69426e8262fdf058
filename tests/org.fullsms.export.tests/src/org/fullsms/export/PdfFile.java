package org.fullsms.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-page PDF as a reader finds its way through it: from {@code startxref} to the cross-reference table, from
 * there to every object, and to the page's content stream by its {@code /Length}. The constructor fails the test
 * where the structure is broken.
 */
final class PdfFile {

    private static final Pattern STARTXREF = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$");
    private static final Pattern ENTRY = Pattern.compile("(\\d{10}) 00000 n \n");
    private static final Pattern TRAILER = Pattern.compile("trailer\n<< /Size (\\d+) /Root 1 0 R /Info (\\d+) 0 R >>");
    private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]");
    private static final Pattern STREAM = Pattern.compile("/Length (\\d+) >>\nstream\n");

    /** The file as text, one character per byte. */
    final String text;
    /** The page's content stream. */
    final String content;
    final double widthPt;
    final double heightPt;

    PdfFile(byte[] pdf) {
        text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1.4\n"), "header");
        Matcher start = STARTXREF.matcher(text);
        assertTrue(start.find(), "startxref at the end");
        int xref = Integer.parseInt(start.group(1));
        assertTrue(text.startsWith("xref\n0 ", xref), "startxref points at the xref table");
        int line = text.indexOf('\n', xref + 5);
        int size = Integer.parseInt(text.substring(xref + 7, line));
        int entries = line + 1;
        assertEquals("0000000000 65535 f \n", text.substring(entries, entries + 20), "the free entry 0");
        for (int i = 1; i < size; i++) {
            Matcher entry = ENTRY.matcher(text.substring(entries + 20 * i, entries + 20 * (i + 1)));
            assertTrue(entry.matches(), "xref entry " + i + " of exactly 20 bytes");
            int offset = Integer.parseInt(entry.group(1));
            assertTrue(text.startsWith(i + " 0 obj\n", offset), "object " + i + " at its offset " + offset);
            assertTrue(text.indexOf("endobj", offset) > 0, "object " + i + " ends");
        }
        Matcher trailer = TRAILER.matcher(text);
        assertTrue(trailer.find(entries + 20 * size) && trailer.start() == entries + 20 * size,
                "the trailer follows the table");
        assertEquals(size, Integer.parseInt(trailer.group(1)), "/Size counts the table's entries");
        assertEquals(size - 1, Integer.parseInt(trailer.group(2)), "/Info is the last object");
        assertTrue(text.contains("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>"), "catalog");
        Matcher box = MEDIA_BOX.matcher(text);
        assertTrue(box.find(), "a MediaBox");
        widthPt = Double.parseDouble(box.group(1));
        heightPt = Double.parseDouble(box.group(2));
        Matcher stream = STREAM.matcher(text);
        assertTrue(stream.find(), "a content stream");
        int length = Integer.parseInt(stream.group(1));
        content = text.substring(stream.end(), stream.end() + length);
        assertTrue(text.startsWith("\nendstream\nendobj\n", stream.end() + length), "/Length is the stream's");
        assertTrue(content.chars().allMatch(c -> c == '\n' || c >= 32 && c < 127), "the content is ASCII");
    }
}
