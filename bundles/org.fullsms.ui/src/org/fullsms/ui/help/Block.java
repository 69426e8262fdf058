package org.fullsms.ui.help;

import java.util.List;

/** One block of the guide, in reading order. */
public sealed interface Block {

    /**
     * A heading {@code #} … {@code ####}.
     *
     * @param level  1 for {@code #}, 2 for {@code ##}, …
     * @param title  its text without markup
     * @param anchor the id links use ({@code #anchor}), as GitHub makes it, so links work in both places
     */
    record Heading(int level, String title, String anchor) implements Block {
    }

    /** A paragraph: its lines joined. */
    record Paragraph(List<Span> spans) implements Block {
    }

    /**
     * One item of a bullet ({@code -}) or numbered ({@code 1.}) list.
     *
     * @param depth  0 for a top-level item, 1 for an item nested in one, …
     * @param marker "•", or the number with its dot
     */
    record ListItem(int depth, String marker, List<Span> spans) implements Block {
    }

    /** A pipe table; cells are shown as plain text. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    /** A code block (indented by four spaces or fenced), shown as it is. */
    record Code(String text) implements Block {
    }

    /**
     * A picture on a line of its own.
     *
     * @param path relative to {@code docs/}, e.g. {@code images/lifetime.png}
     */
    record Picture(String alt, String path) implements Block {
    }
}
