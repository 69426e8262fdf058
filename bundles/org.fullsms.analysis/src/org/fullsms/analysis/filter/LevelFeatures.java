package org.fullsms.analysis.filter;

import java.util.Arrays;
import java.util.Objects;

import org.fullsms.analysis.lifetime.FitResult;

/**
 * The features of one level, group level or group that filters test and plots show. Values from the lifetime fit
 * are NaN when there is no fit or the fit gave no values ({@link FitResult#ok()} false).
 *
 * @param photons       photons of the level
 * @param intensityCps  its measured intensity (counts/s): photons / dwell for a level, the group's intensity for a
 *                      group level, as the original shows them
 * @param dwellS        its dwell time (s)
 * @param tauNs         the fit's amplitude-weighted mean lifetime Σaτ/Σa (ns), the original's "av. lifetime";
 *                      for one exponential the lifetime itself
 * @param durbinWatson  Durbin–Watson d of the fit
 * @param dwBounds      the fit's lower bounds of d at 5, 1, 0.3 and 0.1 % (NaN without a fit)
 * @param chiSquared    reduced χ² of the fit
 * @param irfShiftNs    the fit's IRF shift (ns)
 */
public record LevelFeatures(long photons, double intensityCps, double dwellS, double tauNs, double durbinWatson,
        double[] dwBounds, double chiSquared, double irfShiftNs) {

    private static final double[] NO_BOUNDS = { Double.NaN, Double.NaN, Double.NaN, Double.NaN };

    public LevelFeatures {
        if (dwBounds == null || dwBounds.length != NO_BOUNDS.length) {
            throw new IllegalArgumentException("four Durbin-Watson bounds are needed (5, 1, 0.3, 0.1 %)");
        }
        dwBounds = dwBounds.clone();
    }

    /** The features of a level with its fit ({@code fit} null or without values: NaN fit features). */
    public static LevelFeatures of(long photons, double intensityCps, double dwellS, FitResult fit) {
        if (fit == null || !fit.ok()) {
            return new LevelFeatures(photons, intensityCps, dwellS, Double.NaN, Double.NaN, NO_BOUNDS, Double.NaN,
                    Double.NaN);
        }
        double[] bounds = fit.durbinWatsonBounds() != null && fit.durbinWatsonBounds().length == NO_BOUNDS.length
                ? fit.durbinWatsonBounds() : NO_BOUNDS;
        return new LevelFeatures(photons, intensityCps, dwellS, fit.meanTauAmplitudeNs(), fit.durbinWatson(), bounds,
                fit.chiSquaredReduced(), fit.shiftNs());
    }

    @Override
    public double[] dwBounds() {
        return dwBounds.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelFeatures f && f.photons == photons && same(f.intensityCps, intensityCps)
                && same(f.dwellS, dwellS) && same(f.tauNs, tauNs) && same(f.durbinWatson, durbinWatson)
                && Arrays.equals(f.dwBounds, dwBounds) && same(f.chiSquared, chiSquared)
                && same(f.irfShiftNs, irfShiftNs);
    }

    private static boolean same(double a, double b) {
        return Double.compare(a, b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(photons, intensityCps, dwellS, tauNs, durbinWatson, Arrays.hashCode(dwBounds), chiSquared,
                irfShiftNs);
    }

    @Override
    public String toString() {
        return "LevelFeatures[photons=" + photons + ", intensityCps=" + intensityCps + ", dwellS=" + dwellS
                + ", tauNs=" + tauNs + ", durbinWatson=" + durbinWatson + ", dwBounds=" + Arrays.toString(dwBounds)
                + ", chiSquared=" + chiSquared + ", irfShiftNs=" + irfShiftNs + "]";
    }

    /** The lower bound of d at that significance (NaN without a fit). */
    public double dwBound(DwLevel level) {
        return dwBounds[level.boundIndex()];
    }

    /** The value of a feature; NaN when it is not known (a fit feature of an unfitted level). */
    public double value(Feature feature) {
        return switch (feature) {
            case PHOTONS -> photons;
            case INTENSITY -> intensityCps;
            case LIFETIME -> tauNs;
            case DW -> durbinWatson;
            case CHI_SQUARED -> chiSquared;
            case IRF_SHIFT -> irfShiftNs;
        };
    }

    /** Whether a lifetime fit gave this level a lifetime. */
    public boolean fitted() {
        return Double.isFinite(tauNs);
    }
}
