package org.fullsms.runtime.state;

import java.util.Objects;

import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.runtime.LifetimeFits;

/**
 * How a dataset's lifetimes were fitted: the start values and bounds, the fit settings, the decay channel grid and
 * the measured IRF. The fit results themselves do not carry these, so the analysis state keeps them beside the
 * results ({@link AnalysisSession#lifetimeSetup()}) and session files store them.
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

    /**
     * The setup of the fits made with {@code request}: the command line and the workbench's lifetime fits both
     * record it, so their sessions store the same {@code lifetimeSetup}.
     *
     * @return the setup, or null when {@code request} is null (no fits)
     */
    public static LifetimeSetup of(LifetimeFits.Request request) {
        return request == null ? null
                : new LifetimeSetup(request.parameters(), request.settings(), request.binning(), request.irf());
    }
}
