package org.fullsms.ui.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.fullsms.ui.help.Block.Code;
import org.fullsms.ui.help.Block.Heading;
import org.fullsms.ui.help.Block.ListItem;
import org.fullsms.ui.help.Block.Paragraph;
import org.fullsms.ui.help.Block.Picture;
import org.fullsms.ui.help.Block.Table;

/**
 * Lays the guide out in a {@link StyledText} for the widget's current width: headings in larger bold type, lists
 * with hanging indents, tables and code in the text font (tables wrapped to the width by {@link TableText}),
 * pictures scaled to the width and drawn by the widget's paint-object listener, links underlined. Render again when
 * the width changes.
 */
final class GuideRenderer {

    /** Stands for a picture in the text; the picture is drawn over it. */
    static final char PICTURE_CHAR = '\uFFFC';
    /** Widest a picture is drawn, in pixels: a screenshot stays legible, and the text around it in view. */
    private static final int MAX_PICTURE_WIDTH = 900;
    /** Tallest a picture is drawn, as a share of the view's height (but at least {@link #MIN_PICTURE_HEIGHT}). */
    private static final double MAX_PICTURE_SHARE = 0.6;
    private static final int MIN_PICTURE_HEIGHT = 120;
    private static final int INDENT_PX = 22;
    private static final double[] HEADING_SCALE = {1.6, 1.3, 1.12, 1.0};

    /** A link in the rendered text. */
    record Link(int start, int length, Span span) {
        boolean contains(int offset) {
            return offset >= start && offset < start + length;
        }
    }

    /**
     * What was rendered.
     *
     * @param anchors heading anchor → offset of the heading in the text, in reading order
     * @param links   the links, in order
     * @param styles  the styles applied (search highlights are laid over them)
     */
    record Rendering(Map<String, Integer> anchors, List<Link> links, List<StyleRange> styles) {
    }

    private final StyledText text;
    private final Map<String, GuidePicture> pictures;
    private final Font[] headingFonts = new Font[HEADING_SCALE.length];
    /** The text font (monospaced) at the size of the body text: code and tables stay in scale with it. */
    private final Font mono;
    private final Color codeBackground = new Color(242, 242, 242);
    private final Color ruleColor = new Color(150, 150, 150);

    GuideRenderer(StyledText text, Map<String, GuidePicture> pictures) {
        this.text = text;
        this.pictures = pictures;
        FontData base = text.getFont().getFontData()[0];
        for (int i = 0; i < headingFonts.length; i++) {
            headingFonts[i] = new Font(text.getDisplay(), base.getName(),
                    (int) Math.round(base.getHeight() * HEADING_SCALE[i]), SWT.BOLD);
        }
        FontData monoData = JFaceResources.getTextFont().getFontData()[0];
        mono = new Font(text.getDisplay(), monoData.getName(), base.getHeight(), SWT.NORMAL);
        text.addListener(SWT.Dispose, e -> {
            for (Font f : headingFonts) {
                f.dispose();
            }
            mono.dispose();
        });
        text.addPaintObjectListener(e -> {
            if (e.style.data instanceof GuidePicture picture) {
                GlyphMetrics m = e.style.metrics;
                int top = e.y + e.ascent - m.ascent;
                Image image = picture.image();
                if (image == null) { // still being decoded: its room, outlined
                    e.gc.setForeground(ruleColor);
                    e.gc.drawRectangle(e.x, top, m.width - 1, m.ascent - 1);
                    return;
                }
                Rectangle size = image.getBounds();
                e.gc.setInterpolation(SWT.HIGH);
                e.gc.drawImage(image, 0, 0, size.width, size.height, e.x, top, m.width, m.ascent);
            }
        });
    }

    /** Replaces the widget's text with {@code guide} laid out for the current width. */
    Rendering render(Guide guide) {
        Builder b = new Builder(Math.max(200, text.getClientArea().width - text.getLeftMargin()
                - text.getRightMargin() - 4));
        Block previous = null;
        for (Block block : guide.blocks()) {
            if (previous != null && !(previous instanceof ListItem && block instanceof ListItem)) {
                b.newLine();
            }
            switch (block) {
                case Heading h -> b.heading(h);
                case Paragraph p -> b.spans(p.spans(), 0, 0);
                case ListItem item -> b.item(item);
                case Table table -> b.table(table);
                case Code code -> b.code(code);
                case Picture picture -> b.picture(picture);
            }
            previous = block;
        }
        text.setText(b.out.toString());
        text.setStyleRanges(b.styles.toArray(new StyleRange[0]));
        for (int[] indent : b.indents) {
            text.setLineIndent(indent[0], 1, indent[1]);
            text.setLineWrapIndent(indent[0], 1, indent[2]);
        }
        return new Rendering(b.anchors, b.links, b.styles);
    }

    /** Collects text, styles and line indents of one rendering. */
    private final class Builder {
        private final int widthPx;
        private final StringBuilder out = new StringBuilder();
        private final List<StyleRange> styles = new ArrayList<>();
        private final List<int[]> indents = new ArrayList<>();
        private final Map<String, Integer> anchors = new LinkedHashMap<>();
        private final List<Link> links = new ArrayList<>();
        private int line;

        Builder(int widthPx) {
            this.widthPx = widthPx;
        }

        void newLine() {
            out.append('\n');
            line++;
        }

        void heading(Heading h) {
            anchors.put(h.anchor(), out.length());
            StyleRange s = style(out.length(), h.title().length());
            s.font = headingFonts[Math.min(h.level(), headingFonts.length) - 1];
            out.append(h.title());
            newLine();
        }

        /** Spans as one logical line, wrapped by the widget; {@code indent} and {@code wrapIndent} in pixels. */
        void spans(List<Span> spans, int indent, int wrapIndent) {
            if (indent > 0 || wrapIndent > 0) {
                indents.add(new int[] {line, indent, wrapIndent});
            }
            for (Span span : spans) {
                int start = out.length();
                out.append(span.text());
                if (span.style() == Span.Style.PLAIN && span.link() == null) {
                    continue;
                }
                StyleRange s = style(start, span.text().length());
                switch (span.style()) {
                    case BOLD -> s.fontStyle = SWT.BOLD;
                    case ITALIC -> s.fontStyle = SWT.ITALIC;
                    case CODE -> {
                        s.font = mono;
                        s.background = codeBackground;
                    }
                    case PLAIN -> {
                        // a link only
                    }
                }
                if (span.link() != null) {
                    s.underline = true;
                    s.foreground = text.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND);
                    links.add(new Link(start, span.text().length(), span));
                }
            }
            newLine();
        }

        void item(ListItem item) {
            String prefix = item.marker() + " ";
            List<Span> spans = new ArrayList<>();
            spans.add(Span.plain(prefix));
            spans.addAll(item.spans());
            int indent = INDENT_PX / 2 + item.depth() * INDENT_PX;
            spans(spans, indent, indent + textWidth(prefix, text.getFont()));
        }

        void table(Table table) {
            int chars = Math.max(TableText.MIN_COLUMN, widthPx / Math.max(1, charWidth(mono)));
            TableText.Layout layout = TableText.layout(table, chars);
            for (int k = 0; k < layout.lines().size(); k++) {
                String l = layout.lines().get(k);
                StyleRange s = style(out.length(), l.length());
                s.font = mono;
                if (k < layout.headerLines()) {
                    s.fontStyle = SWT.BOLD;
                } else if (k == layout.headerLines()) {
                    s.foreground = ruleColor;
                }
                out.append(l);
                newLine();
            }
        }

        void code(Code code) {
            for (String l : code.text().split("\n", -1)) {
                StyleRange s = style(out.length(), l.length());
                s.font = mono;
                indents.add(new int[] {line, INDENT_PX, INDENT_PX});
                out.append(l);
                newLine();
            }
        }

        void picture(Picture picture) {
            GuidePicture p = pictures.get(picture.path());
            if (p == null) {
                // not shipped (or not readable): say what is missing rather than leave a hole
                StyleRange s = style(out.length(), picture.alt().length() + 2);
                s.fontStyle = SWT.ITALIC;
                out.append('[').append(picture.alt()).append(']');
                newLine();
                return;
            }
            // never taller than most of the view: a line taller than the view stops Page Down (StyledText)
            double scale = Math.min(Math.min(1, (double) Math.min(MAX_PICTURE_WIDTH, widthPx) / p.width),
                    Math.max(MIN_PICTURE_HEIGHT, MAX_PICTURE_SHARE * text.getClientArea().height) / p.height);
            int width = (int) Math.round(p.width * scale);
            int height = (int) Math.round(p.height * scale);
            StyleRange s = style(out.length(), 1);
            s.metrics = new GlyphMetrics(height, 0, width);
            s.data = p;
            out.append(PICTURE_CHAR);
            newLine();
        }

        private StyleRange style(int start, int length) {
            StyleRange s = new StyleRange();
            s.start = start;
            s.length = length;
            styles.add(s);
            return s;
        }
    }

    private int textWidth(String s, Font font) {
        GC gc = new GC(text);
        try {
            gc.setFont(font);
            return gc.textExtent(s).x;
        } finally {
            gc.dispose();
        }
    }

    private int charWidth(Font font) {
        GC gc = new GC(text);
        try {
            gc.setFont(font);
            return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        } finally {
            gc.dispose();
        }
    }
}
