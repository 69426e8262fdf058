package org.fullsms.export;

import java.util.ArrayList;
import java.util.List;

import org.fullsms.analysis.cpa.IntensityUnit;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.filter.LevelFeatures;
import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.LevelKind;
import org.fullsms.analysis.grouping.Group;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.export.LevelRows.Row;
import org.fullsms.export.parquet.ParquetTable;

/**
 * The original's DataFrame exports as Parquet tables with its column names (REFERENCE §9): {@code levels} (one
 * row per change point level), {@code group_levels} (one row per group level of the selected step) and
 * {@code groups} (one row per group of the selected step). Lifetime columns ({@code av_tau}, {@code tau_i}, …)
 * appear in both level tables when any fit of the exported particles has values; {@code decay_bg} is the decay background (the original filled it
 * with the IRF shift's standard error). The filter columns ({@code failed_*}, {@code is_filtered_out}) and the
 * normalised intensities follow when the dataset has filters on or a normalisation applied ({@link FilterColumns}).
 */
final class DataFrames {

    /** One table row before it is split into columns; {@code intensity} in the export's unit. */
    private record LevelRecord(String particle, long level, int group, Row row, double intensity, double dwellFrac,
            FitResult fit, boolean inRoi, double binSizeMs) {
    }

    private DataFrames() {
    }

    /**
     * @param maxExp    the lifetime components to give columns for (at least the particles' largest)
     * @param unit      the unit of column {@code int}
     * @param filtering the filters and normalisation whose columns to add ({@link FilterColumns})
     */
    static ParquetTable levels(List<ParticleExport> particles, int maxExp, IntensityUnit unit,
            LevelFiltering filtering) {
        List<LevelRecord> records = new ArrayList<>();
        for (ParticleExport p : particles) {
            if (!p.hasLevels()) {
                continue;
            }
            List<Level> levels = p.changePoints().levels();
            int[] group = groupOfLevel(p, levels);
            FitResult[] fits = fitOfLevel(p, levels);
            double duration = duration(p, levels);
            List<Row> rows = LevelRows.ofLevels(levels);
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                records.add(new LevelRecord(p.name(), i + 1, group[i], r, unit.fromCps(r.intensityCps(),
                        p.binSizeMs()), r.dwellS() / duration, fits[i], LevelRows.overlaps(p.roi(), r.startS(),
                                r.endS()), p.binSizeMs()));
            }
        }
        return levelTable(records, false, maxExp, unit, filtering);
    }

    /**
     * @param maxExp    the lifetime components to give columns for (at least the particles' largest)
     * @param unit      the unit of column {@code int}
     * @param filtering the filters and normalisation whose columns to add ({@link FilterColumns})
     */
    static ParquetTable groupLevels(List<ParticleExport> particles, int maxExp, IntensityUnit unit,
            LevelFiltering filtering) {
        List<LevelRecord> records = new ArrayList<>();
        for (ParticleExport p : particles) {
            if (p.grouping() == null) {
                continue;
            }
            GroupingResult result = p.grouping().result();
            List<Row> rows = LevelRows.ofGroupLevels(p.grouping().input().levels(), result.selected());
            List<FittedDecay> decays = p.lifetimes() == null ? List.of() : p.lifetimes().groupLevels();
            double duration = p.hasLevels() ? duration(p, p.changePoints().levels())
                    : rows.get(rows.size() - 1).endS() - rows.get(0).startS();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                FittedDecay d = decays.size() == rows.size() ? decays.get(i) : null;
                records.add(new LevelRecord(p.name(), i + 1, r.group(), r, unit.fromCps(r.intensityCps(),
                        p.binSizeMs()), r.dwellS() / duration, d == null ? null : d.fit(),
                        LevelRows.overlaps(p.roi(), r.startS(), r.endS()), p.binSizeMs()));
            }
        }
        return levelTable(records, true, maxExp, unit, filtering);
    }

    /** @param unit the unit of column {@code int} */
    static ParquetTable groups(List<ParticleExport> particles, IntensityUnit unit) {
        List<String> particle = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<ParticleExport> owner = new ArrayList<>();
        for (ParticleExport p : particles) {
            if (p.grouping() != null) {
                for (Group g : p.grouping().result().selected().groups()) {
                    particle.add(p.name());
                    groups.add(g);
                    owner.add(p);
                }
            }
        }
        int n = groups.size();
        long[] group = new long[n];
        double[] dwell = new double[n];
        double[] intensity = new double[n];
        long[] numLevels = new long[n];
        long[] photons = new long[n];
        long[] steps = new long[n];
        boolean[] best = new boolean[n];
        boolean[] primary = new boolean[n];
        String[] card = new String[n];
        for (int i = 0; i < n; i++) {
            Group g = groups.get(i);
            GroupingResult r = owner.get(i).grouping().result();
            group[i] = g.index() + 1;
            dwell[i] = g.dwellS();
            intensity[i] = unit.fromCps(g.intensityCps(), owner.get(i).binSizeMs());
            numLevels[i] = g.numLevels();
            photons[i] = g.photons();
            steps[i] = r.steps().size();
            best[i] = r.selectedStep() == r.bestStep();
            primary[i] = !owner.get(i).secondary();
            card[i] = owner.get(i).tcspcCard();
        }
        return ParquetTable.builder(n).strings("particle", particle.toArray(String[]::new)).longs("group", group, null)
                .doubles("total_dwell_time", dwell, null).doubles("int", intensity, null)
                .longs("num_levels", numLevels, null).longs("num_photons", photons, null)
                .longs("num_steps", steps, null).booleans("is_best_step", best, null)
                .booleans("is_primary_particle", primary, null).strings("tcspc_card", card).build();
    }

    /** The selected step's group of each change point level (−1 when it was not grouped, e.g. outside the ROI). */
    private static int[] groupOfLevel(ParticleExport p, List<Level> levels) {
        int[] group = new int[levels.size()];
        java.util.Arrays.fill(group, -1);
        if (p.grouping() != null) {
            var inputs = p.grouping().input().levels();
            int[] index = LevelRows.indexIn(levels, inputs);
            var step = p.grouping().result().selected();
            for (int j = 0; j < index.length; j++) {
                if (index[j] >= 0) {
                    group[index[j]] = step.groupOf(j);
                }
            }
        }
        return group;
    }

    /**
     * The fit of each change point level. Level fits are made on whole levels, the region of interest or not
     * (LifetimeFits), so the lifetimes' level list is indexed by change point level; mapping it through the levels
     * clipped to the region lost every level fit of a particle whose region cut a level.
     */
    private static FitResult[] fitOfLevel(ParticleExport p, List<Level> levels) {
        FitResult[] fits = new FitResult[levels.size()];
        LifetimeExport l = p.lifetimes();
        if (l == null) {
            return fits;
        }
        for (int i = 0; i < Math.min(fits.length, l.levels().size()); i++) {
            FittedDecay d = l.levels().get(i);
            fits[i] = d == null ? null : d.fit();
        }
        return fits;
    }

    /** The particle's measurement time: last − first photon, or the levels' span without photon times. */
    static double duration(ParticleExport p, List<Level> levels) {
        long[] t = p.absoluteNs();
        if (t != null && t.length > 1 && t[t.length - 1] > t[0]) {
            return (t[t.length - 1] - t[0]) / 1e9;
        }
        return levels.get(levels.size() - 1).endS() - levels.get(0).startS();
    }

    private static ParquetTable levelTable(List<LevelRecord> records, boolean grouped, int maxExp, IntensityUnit unit,
            LevelFiltering filtering) {
        int n = records.size();
        String[] particle = new String[n];
        long[] level = new long[n];
        long[] group = new long[n];
        boolean[] hasGroup = new boolean[n];
        double[][] basics = new double[5][n];
        long[] photons = new long[n];
        boolean[] inRoi = new boolean[n];
        boolean[] isGrouped = new boolean[n];
        FitColumns fits = new FitColumns(n, maxExp);
        FilterColumns filters = new FilterColumns(n, filtering, unit);
        LevelKind kind = grouped ? LevelKind.GROUP_LEVEL : LevelKind.LEVEL;
        for (int i = 0; i < n; i++) {
            LevelRecord r = records.get(i);
            particle[i] = r.particle();
            level[i] = r.level();
            group[i] = r.group() + 1;
            hasGroup[i] = r.group() >= 0;
            basics[0][i] = r.row().startS();
            basics[1][i] = r.row().endS();
            basics[2][i] = r.row().dwellS();
            basics[3][i] = r.dwellFrac();
            basics[4][i] = r.intensity();
            photons[i] = r.row().photons();
            inRoi[i] = r.inRoi();
            isGrouped[i] = grouped;
            fits.set(i, r.fit());
            Row row = r.row();
            filters.set(i, LevelFeatures.of(row.photons(), row.intensityCps(), row.dwellS(), r.fit()),
                    FilterColumns.normalised(filtering, r.particle(), kind, (int) r.level() - 1), r.binSizeMs());
        }
        ParquetTable.Builder b = ParquetTable.builder(n).strings("particle", particle).longs("level", level, null)
                .longs("group_index", group, hasGroup).doubles("start", basics[0], null)
                .doubles("end", basics[1], null).doubles("dwell", basics[2], null)
                .doubles("dwell_frac", basics[3], null).doubles("int", basics[4], null)
                .longs("num_photons", photons, null);
        fits.addTo(b);
        b.booleans("is_in_roi", inRoi, null).booleans("is_grouped", isGrouped, null);
        filters.addTo(b);
        return b.build();
    }
}
