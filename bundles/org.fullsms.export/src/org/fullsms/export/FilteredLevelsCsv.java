package org.fullsms.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fullsms.analysis.filter.DwLevel;
import org.fullsms.analysis.filter.FilterPoint;
import org.fullsms.analysis.filter.LevelFeatures;
import org.fullsms.analysis.filter.NormalisedLevel;
import org.fullsms.model.AtomicFile;

/**
 * A filtered set as one CSV table: the Filtering view's levels, group levels or groups with their features, what
 * the filters say of each and its normalised intensity, optionally only those that pass. Columns are named and
 * numbered as the original's level and lifetime files ({@code Int (counts/s)}, {@code Av. Lifetime (ns)},
 * {@code DW 0.05}, …); a blank cell is a value the level does not have.
 */
public final class FilteredLevelsCsv {

    static final String[] HEADER = { "Particle", "Kind", "#", "Start Time (s)", "End Time (s)", "Dwell Time (s)",
        "Int (counts/s)", "Num of Photons", "Av. Lifetime (ns)", "DW", "DW 0.05", "DW 0.01", "DW 0.003", "DW 0.001",
        "Chi Squared", "IRF Shift (ns)", "Filtered Out", "Reason", "Norm. Int (counts/s)", "Norm. Num of Photons" };

    private FilteredLevelsCsv() {
    }

    /** @param onlyPassing write only the points that pass the filters */
    public static byte[] of(List<FilterPoint> points, boolean onlyPassing) {
        Csv csv = new Csv(256 + points.size() * 200);
        csv.row(HEADER);
        for (FilterPoint p : points) {
            if (onlyPassing && !p.passes()) {
                continue;
            }
            LevelFeatures f = p.features();
            csv.cell(p.particle()).cell(switch (p.kind()) {
                case LEVEL -> "level";
                case GROUP_LEVEL -> "group level";
                case GROUP -> "group";
            }).cell(p.index() + 1L);
            csv.cellOrBlank(p.startS()).cellOrBlank(p.endS()).cell(f.dwellS()).cell(f.intensityCps())
                    .cell(f.photons());
            csv.cellOrBlank(f.tauNs()).cellOrBlank(f.durbinWatson());
            for (DwLevel level : DwLevel.values()) {
                csv.cellOrBlank(f.dwBound(level));
            }
            csv.cellOrBlank(f.chiSquared()).cellOrBlank(f.irfShiftNs());
            csv.cell(p.passes() ? "False" : "True").cell(p.passes() ? "" : String.join("; ", p.verdict().reasons()));
            NormalisedLevel n = p.normalised();
            if (n == null) {
                csv.blank().blank();
            } else {
                csv.cell(n.intensityCps()).cell(n.photons());
            }
            csv.end();
        }
        return csv.bytes();
    }

    /**
     * Writes {@link #of} to {@code target} whole or not at all (a temporary file moved into place).
     *
     * @throws IOException when it cannot be written, or exists and {@code overwrite} is false
     */
    public static void write(Path target, List<FilterPoint> points, boolean onlyPassing, boolean overwrite)
            throws IOException {
        AtomicFile.write(target, of(points, onlyPassing), overwrite);
    }
}
