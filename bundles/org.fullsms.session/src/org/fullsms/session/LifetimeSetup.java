package org.fullsms.session;

import java.util.Objects;

import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;

/**
 * How the session's lifetimes were (or will be) fitted: the start values and bounds, the fit settings, the decay
 * channel grid and the measured IRF. The fit results themselves do not carry these, so the caller supplies them.
 *
 * @param parameters start values, bounds and fixed flags
 * @param settings   method, weighting, window and background settings
 * @param binning    the dataset's decay channel grid, or null when not known
 * @param irf        the measured IRF, or null (none loaded, or simulated IRF)
 */
public record LifetimeSetup(FitParameters parameters, FitSettings settings, HistogramBinning binning, Irf irf) {

    public LifetimeSetup {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(settings, "settings");
    }
}
