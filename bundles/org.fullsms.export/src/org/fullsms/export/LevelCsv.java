package org.fullsms.export;

import java.util.List;

import org.fullsms.export.LevelRows.Row;

/**
 * Level tables and their step-curve "plot" files: {@code levels}, {@code levels-plot}, {@code levels-grouped},
 * {@code levels-grouped-plot} and {@code levels-global-grouped}.
 */
final class LevelCsv {

    private LevelCsv() {
    }

    /**
     * {@code Level #, Start Time (s), End Time (s), Dwell Time (/s), Int (counts/s), Num of Photons}, the intensity
     * in the column's unit.
     */
    static byte[] levels(List<Row> rows, IntensityColumn intensity) {
        return table("Level #", null, rows, intensity);
    }

    /** As levels, first column {@code Grouped Level #}, plus {@code Group Index} (1-based). */
    static byte[] grouped(List<Row> rows, IntensityColumn intensity) {
        return table("Grouped Level #", "Group Index", rows, intensity);
    }

    /** As levels, first column {@code Global Grouped Level #}, plus {@code Global Group Index} (1-based). */
    static byte[] globalGrouped(List<Row> rows, IntensityColumn intensity) {
        return table("Global Grouped Level #", "Global Group Index", rows, intensity);
    }

    /** Two points per level, (start, int) and (end, int): {@code <first>, Time (s), Int (counts/s)} in its unit. */
    static byte[] plot(String first, List<Row> rows, IntensityColumn intensity) {
        Csv csv = new Csv(64 + rows.size() * 80);
        csv.row(first, "Time (s)", intensity.header());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double value = intensity.value(r.intensityCps());
            csv.cell(i + 1).cell(r.startS()).cell(value).end();
            csv.cell(i + 1).cell(r.endS()).cell(value).end();
        }
        return csv.bytes();
    }

    private static byte[] table(String first, String groupColumn, List<Row> rows, IntensityColumn intensity) {
        Csv csv = new Csv(128 + rows.size() * 100);
        csv.cell(first).cell("Start Time (s)").cell("End Time (s)").cell("Dwell Time (/s)").cell(intensity.header())
                .cell("Num of Photons");
        if (groupColumn != null) {
            csv.cell(groupColumn);
        }
        csv.end();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            csv.cell(i + 1).cell(r.startS()).cell(r.endS()).cell(r.dwellS()).cell(intensity.value(r.intensityCps()))
                    .cell(r.photons());
            if (groupColumn != null) {
                csv.cell(r.group() + 1);
            }
            csv.end();
        }
        return csv.bytes();
    }
}
