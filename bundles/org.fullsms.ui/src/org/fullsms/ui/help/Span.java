package org.fullsms.ui.help;

/**
 * A run of guide text in one style.
 *
 * @param text  the characters shown
 * @param style how they are shown
 * @param link  the link target ({@code #anchor}, a relative document or a URL), or {@code null}
 */
public record Span(String text, Style style, String link) {

    /** Inline styles of the Markdown subset: {@code **bold**}, {@code *italic*}, {@code `code`}. */
    public enum Style {
        PLAIN, BOLD, ITALIC, CODE
    }

    static Span plain(String text) {
        return new Span(text, Style.PLAIN, null);
    }

    /** True for a link to a section of the guide itself. */
    public boolean isInternalLink() {
        return link != null && link.startsWith("#");
    }

    /** True for a web address, which a browser can open. */
    public boolean isWebLink() {
        return link != null && (link.startsWith("https://") || link.startsWith("http://"));
    }
}
