package org.fullsms.export;

import java.util.ArrayList;
import java.util.List;

import org.fullsms.analysis.correlation.CorrelationResult;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.model.Particle;
import org.fullsms.model.RasterScan;
import org.fullsms.model.Spectra;

/**
 * Everything exported for one particle, given explicitly (no global state). Only {@code name} is required; an
 * export kind whose input is missing is skipped for that particle with a note in the {@link ExportReport}.
 *
 * @param name            "Particle N" or "Particle N_2": the file name prefix
 * @param secondary       whether this is a second-channel particle ("Primary?" 0, is_primary_particle false)
 * @param tcspcCard       the "bh Card" of its channel, or {@code null}
 * @param absoluteNs      its photons' absolute times (ns, non-decreasing), needed for traces; also makes levels
 *                        cut by the region of interest count their photons exactly; not modified; may be null
 * @param binSizeMs       intensity bin size in ms for traces and the intensity plot (original default 100)
 * @param changePoints    its change point result (levels), or {@code null}
 * @param roi             its region of interest, {@code null} for the whole trace
 * @param grouping        its grouping, or {@code null}
 * @param globalGrouping  its share of a global grouping, or {@code null}
 * @param lifetimes       its decays and fits, or {@code null}
 * @param correlation     its correlation result, or {@code null}
 * @param spectra         its spectra, or {@code null}
 * @param rasterScan      its raster scan, or {@code null}
 * @param rasterPositionUm its position {x, y} in µm on the raster scan (the figure marks it), or {@code null}
 */
public record ParticleExport(String name, boolean secondary, String tcspcCard, long[] absoluteNs, double binSizeMs,
        ChangePointResult changePoints, RegionOfInterest roi, GroupingExport grouping,
        GlobalGroupingExport globalGrouping, LifetimeExport lifetimes, CorrelationResult correlation,
        Spectra spectra, RasterScan rasterScan, double[] rasterPositionUm) {

    /** The original's default bin size in ms. */
    public static final double DEFAULT_BIN_MS = 100;
    /** Smallest intensity bin size in ms (1 ns): below it a bin cannot hold distinct photon times. */
    public static final double MIN_BIN_MS = 1e-6;
    /** Largest intensity bin size in ms (1000 s). */
    public static final double MAX_BIN_MS = 1e6;

    /** Whether {@code ms} is an intensity bin size the analyses and exports accept. */
    public static boolean isValidBinSize(double ms) {
        return ms >= MIN_BIN_MS && ms <= MAX_BIN_MS;
    }

    public ParticleExport {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("\0")) {
            throw new IllegalArgumentException("particle name must be a non-empty file name part, got '" + name + "'");
        }
        if (!isValidBinSize(binSizeMs)) {
            throw new IllegalArgumentException(name + ": bin size must be between " + MIN_BIN_MS + " and "
                    + MAX_BIN_MS + " ms, got " + binSizeMs);
        }
    }

    /** As the original: the largest number of exponentials of any fit of the exported particles (0 for none). */
    static int maxExponentials(List<ParticleExport> particles) {
        int max = 0;
        for (ParticleExport p : particles) {
            if (p.lifetimes() != null) {
                max = Math.max(max, p.lifetimes().maxExponentials());
            }
        }
        return max;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder with name, channel, TCSPC card, spectra and raster scan taken from the particle. */
    public static Builder builder(Particle particle) {
        Builder b = new Builder(particle.name());
        b.secondary = particle.isSecondary();
        b.tcspcCard = particle.channelInfo().bhCard();
        b.spectra = particle.spectra().orElse(null);
        b.rasterScan = particle.rasterScan().orElse(null);
        b.rasterPositionUm = particle.attributes().rasterPositionUm();
        return b;
    }

    /** The N of "Particle N" / "Particle N_2", or −1 when the name has no number. */
    public long number() {
        int i = 0;
        while (i < name.length() && !Character.isDigit(name.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < name.length() && Character.isDigit(name.charAt(j)) && j - i < 18) {
            j++;
        }
        return j > i ? Long.parseLong(name.substring(i, j)) : -1;
    }

    /** The change point levels as level inputs (empty when there are none). */
    public List<LevelInput> levelInputs() {
        if (changePoints == null) {
            return List.of();
        }
        List<LevelInput> list = new ArrayList<>(changePoints.levels().size());
        for (var l : changePoints.levels()) {
            list.add(new LevelInput(l.photons(), l.dwellS(), l.startS(), l.endS()));
        }
        return list;
    }

    public boolean hasLevels() {
        return changePoints != null && !changePoints.levels().isEmpty();
    }

    /** Collects the optional inputs of a {@link ParticleExport}. */
    public static final class Builder {
        private final String name;
        private boolean secondary;
        private String tcspcCard;
        private long[] absoluteNs;
        private double binSizeMs = DEFAULT_BIN_MS;
        private ChangePointResult changePoints;
        private RegionOfInterest roi;
        private GroupingExport grouping;
        private GlobalGroupingExport globalGrouping;
        private LifetimeExport lifetimes;
        private CorrelationResult correlation;
        private Spectra spectra;
        private RasterScan rasterScan;
        private double[] rasterPositionUm;

        private Builder(String name) {
            this.name = name;
            this.secondary = name != null && name.endsWith("_2");
        }

        public Builder secondary(boolean value) {
            secondary = value;
            return this;
        }

        public Builder tcspcCard(String value) {
            tcspcCard = value;
            return this;
        }

        public Builder absoluteNs(long[] value) {
            absoluteNs = value;
            return this;
        }

        public Builder binSizeMs(double value) {
            binSizeMs = value;
            return this;
        }

        public Builder changePoints(ChangePointResult value) {
            changePoints = value;
            return this;
        }

        public Builder roi(RegionOfInterest value) {
            roi = value;
            return this;
        }

        public Builder grouping(GroupingExport value) {
            grouping = value;
            return this;
        }

        public Builder globalGrouping(GlobalGroupingExport value) {
            globalGrouping = value;
            return this;
        }

        public Builder lifetimes(LifetimeExport value) {
            lifetimes = value;
            return this;
        }

        public Builder correlation(CorrelationResult value) {
            correlation = value;
            return this;
        }

        public Builder spectra(Spectra value) {
            spectra = value;
            return this;
        }

        public Builder rasterScan(RasterScan value) {
            rasterScan = value;
            return this;
        }

        /** @param xyUm {x, y} in µm */
        public Builder rasterPositionUm(double[] xyUm) {
            rasterPositionUm = xyUm;
            return this;
        }

        public ParticleExport build() {
            return new ParticleExport(name, secondary, tcspcCard, absoluteNs, binSizeMs, changePoints, roi, grouping,
                    globalGrouping, lifetimes, correlation, spectra, rasterScan, rasterPositionUm);
        }
    }
}
