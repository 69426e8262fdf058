package org.fullsms.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fullsms.ui.help.Block.Code;
import org.fullsms.ui.help.Block.Heading;
import org.fullsms.ui.help.Block.ListItem;
import org.fullsms.ui.help.Block.Paragraph;
import org.fullsms.ui.help.Block.Picture;
import org.fullsms.ui.help.Block.Table;
import org.fullsms.ui.help.Span.Style;
import org.junit.jupiter.api.Test;

/** The Markdown subset of the guide, construct by construct (no display needed). */
class GuideTest {

    @Test
    void headingsGetGitHubAnchorsAndRepeatsAreNumbered() {
        Guide g = Guide.parse("""
                # Full SMS user guide
                ## Grouping (BIC) tab
                ### Goodness of fit: χ²red and Durbin–Watson
                ## Jobs, progress and the Error Log
                ## Exports
                ## Exports
                """);
        assertEquals(List.of("full-sms-user-guide", "grouping-bic-tab", "goodness-of-fit-χred-and-durbinwatson",
                "jobs-progress-and-the-error-log", "exports", "exports-1"),
                g.headings().stream().map(Heading::anchor).toList());
        assertEquals(List.of(1, 2, 3, 2, 2, 2), g.headings().stream().map(Heading::level).toList());
        assertEquals("Grouping (BIC) tab", g.headings().get(1).title());
    }

    @Test
    void paragraphLinesAreJoinedAndBlankLinesSeparateThem() {
        Guide g = Guide.parse("First line\nsecond line.\n\nNext paragraph.\n");
        assertEquals(2, g.blocks().size());
        assertEquals("First line second line.", text(((Paragraph) g.blocks().get(0)).spans()));
    }

    @Test
    void listsNestByIndentationAndContinueOnIndentedLines() {
        Guide g = Guide.parse("""
                - one
                  continued
                  - nested
                - two
                1. first
                   more
                2. second
                """);
        List<ListItem> items = g.blocks().stream().map(ListItem.class::cast).toList();
        assertEquals(List.of(0, 1, 0, 0, 0), items.stream().map(ListItem::depth).toList());
        assertEquals(List.of("•", "•", "•", "1.", "2."), items.stream().map(ListItem::marker).toList());
        assertEquals("one continued", text(items.get(0).spans()));
        assertEquals("first more", text(items.get(3).spans()));
    }

    @Test
    void tablesKeepHeaderAndRowsWithoutTheRuleAndMarkup() {
        Guide g = Guide.parse("""
                | Parameter | Default |
                |---|:---:|
                | **confidence** | 99 % |
                | a \\| b | `x` |
                """);
        Table t = (Table) g.blocks().get(0);
        assertEquals(List.of("Parameter", "Default"), t.header());
        assertEquals(List.of(List.of("confidence", "99 %"), List.of("a | b", "x")), t.rows());
    }

    @Test
    void codeBlocksArePicturesAreAndNestedItemsAreNotCode() {
        Guide g = Guide.parse("""
                Text.

                    BIC = 2 ln L

                    second line

                ```
                ./fullsms help
                ```
                ![The Lifetime tab](images/lifetime.png)
                - item
                    - deeper item
                """);
        assertEquals(new Code("BIC = 2 ln L\n\nsecond line"), g.blocks().get(1));
        assertEquals(new Code("./fullsms help"), g.blocks().get(2));
        assertEquals(new Picture("The Lifetime tab", "images/lifetime.png"), g.blocks().get(3));
        assertEquals(2, ((ListItem) g.blocks().get(5)).depth());
    }

    @Test
    void inlineStylesLinksAndEscapes() {
        List<Span> spans = Inlines.parse("a **b** *c* `d` [e](#f) [g](https://x.org/y) \\*h\\* τ_a N_cp 2 * 3");
        assertEquals(List.of(
                new Span("a ", Style.PLAIN, null), new Span("b", Style.BOLD, null), new Span(" ", Style.PLAIN, null),
                new Span("c", Style.ITALIC, null), new Span(" ", Style.PLAIN, null), new Span("d", Style.CODE, null),
                new Span(" ", Style.PLAIN, null), new Span("e", Style.PLAIN, "#f"), new Span(" ", Style.PLAIN, null),
                new Span("g", Style.PLAIN, "https://x.org/y"), new Span(" *h* τ_a N_cp 2 * 3", Style.PLAIN, null)),
                spans);
        assertTrue(spans.get(7).isInternalLink());
        assertTrue(spans.get(9).isWebLink());
    }

    @Test
    void unclosedMarkersAreText() {
        assertEquals("a **b and `c and [d](e", text(Inlines.parse("a **b and `c and [d](e")));
    }

    private static String text(List<Span> spans) {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
