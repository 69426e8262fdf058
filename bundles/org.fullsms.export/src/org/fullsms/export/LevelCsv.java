package org.fullsms.export;

import java.util.List;

import org.fullsms.export.LevelRows.Row;

/**
 * Level tables and their step-curve "plot" files: {@code levels}, {@code levels-plot}, {@code levels-grouped},
 * {@code levels-grouped-plot} and {@code levels-global-grouped}.
 */
final class LevelCsv {

    static final String[] LEVEL_COLUMNS = {"Start Time (s)", "End Time (s)", "Dwell Time (/s)", "Int (counts/s)",
        "Num of Photons"};

    private LevelCsv() {
    }

    /** {@code Level #, Start Time (s), End Time (s), Dwell Time (/s), Int (counts/s), Num of Photons}. */
    static byte[] levels(List<Row> rows) {
        return table("Level #", null, rows);
    }

    /** As levels, first column {@code Grouped Level #}, plus {@code Group Index} (1-based). */
    static byte[] grouped(List<Row> rows) {
        return table("Grouped Level #", "Group Index", rows);
    }

    /** As levels, first column {@code Global Grouped Level #}, plus {@code Global Group Index} (1-based). */
    static byte[] globalGrouped(List<Row> rows) {
        return table("Global Grouped Level #", "Global Group Index", rows);
    }

    /** Two points per level, (start, int) and (end, int): {@code <first>, Time (s), Int (counts/s)}. */
    static byte[] plot(String first, List<Row> rows) {
        Csv csv = new Csv(64 + rows.size() * 80);
        csv.row(first, "Time (s)", "Int (counts/s)");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            csv.cell(i + 1).cell(r.startS()).cell(r.intensityCps()).end();
            csv.cell(i + 1).cell(r.endS()).cell(r.intensityCps()).end();
        }
        return csv.bytes();
    }

    private static byte[] table(String first, String groupColumn, List<Row> rows) {
        Csv csv = new Csv(128 + rows.size() * 100);
        csv.cell(first);
        for (String c : LEVEL_COLUMNS) {
            csv.cell(c);
        }
        if (groupColumn != null) {
            csv.cell(groupColumn);
        }
        csv.end();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            csv.cell(i + 1).cell(r.startS()).cell(r.endS()).cell(r.dwellS()).cell(r.intensityCps()).cell(r.photons());
            if (groupColumn != null) {
                csv.cell(r.group() + 1);
            }
            csv.end();
        }
        return csv.bytes();
    }
}
