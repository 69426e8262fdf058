package org.fullsms.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.fullsms.ui.help.Block.Table;
import org.junit.jupiter.api.Test;

/** Tables in a monospaced font: natural widths when they fit, wrapped cells when they do not. */
class TableTextTest {

    private static final Table TABLE = new Table(List.of("Parameter", "Default", "Meaning"), List.of(
            List.of("confidence", "99 %", "1 − the false-alarm probability of one test"),
            List.of("minimum photons per segment", "20", "shorter segments are not tested")));

    @Test
    void aTableThatFitsKeepsOneLinePerRow() {
        TableText.Layout l = TableText.layout(TABLE, 200);
        assertEquals(4, l.lines().size());
        assertEquals(1, l.headerLines());
        assertEquals("Parameter                   │ Default │ Meaning", l.lines().get(0));
        assertTrue(l.lines().get(1).startsWith("─".repeat(27) + "─┼─"));
        assertEquals("confidence                  │ 99 %    │ 1 − the false-alarm probability of one test",
                l.lines().get(2));
    }

    @Test
    void aNarrowWidthWrapsCellsWithinTheirColumns() {
        int width = 50;
        TableText.Layout l = TableText.layout(TABLE, width);
        for (String line : l.lines()) {
            assertTrue(line.length() <= width, "'" + line + "' is " + line.length() + " characters");
        }
        assertTrue(l.lines().size() > 4, "rows wrap: " + l.lines());
        // each column, read down its lines, still holds its cells' words in order
        List<StringBuilder> columns = List.of(new StringBuilder(), new StringBuilder(), new StringBuilder());
        for (String line : l.lines().subList(l.headerLines() + 1, l.lines().size())) {
            String[] cells = (line + " ").split(" │ ", -1);
            for (int c = 0; c < cells.length; c++) {
                columns.get(c).append(' ').append(cells[c].trim());
            }
        }
        assertEquals("confidence minimum photons per segment", columns.get(0).toString().trim().replaceAll(" +", " "));
        assertEquals("1 − the false-alarm probability of one test shorter segments are not tested",
                columns.get(2).toString().trim().replaceAll(" +", " "));
    }

    @Test
    void wrapBreaksAtSpacesAndCutsWordsLongerThanTheColumn() {
        assertEquals(List.of("one two", "three"), TableText.wrap("one two three", 8));
        assertEquals(List.of("abcdefgh", "ij"), TableText.wrap("abcdefghij", 8));
        assertEquals(List.of(""), TableText.wrap("", 8));
    }
}
