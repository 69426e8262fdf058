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
 * <p>The fit dialog's model can differ from the one the fits were made with (changed since, not fitted yet): it is
 * kept beside it, {@link #dialog}, so a session saved in between opens with the dialog as it was left.
 *
 * @param parameters start values, bounds and fixed flags
 * @param settings   method, weighting, window and background settings
 * @param binning    the dataset's decay channel grid, or null when not known
 * @param irf        the measured IRF, or null (none loaded, or simulated IRF)
 * @param dialog     the fit dialog's model for the next fits when it differs from {@code parameters} and
 *                   {@code settings}, else null
 */
public record LifetimeSetup(FitParameters parameters, FitSettings settings, HistogramBinning binning, Irf irf,
        FitModel dialog) {

    public LifetimeSetup {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(settings, "settings");
        if (dialog != null && dialog.equals(new FitModel(parameters, settings))) {
            dialog = null;
        }
    }

    /** A setup whose dialog model is the one fitted with. */
    public LifetimeSetup(FitParameters parameters, FitSettings settings, HistogramBinning binning, Irf irf) {
        this(parameters, settings, binning, irf, null);
    }

    /** The model the next fits use: the dialog's, else the one fitted with. */
    public FitModel model() {
        return dialog != null ? dialog : new FitModel(parameters, settings);
    }

    /**
     * This setup with the fit dialog's model set to {@code model}; {@code setup} null (nothing fitted yet) gives a
     * setup of the model alone, without channel grid and IRF.
     */
    public static LifetimeSetup withDialog(LifetimeSetup setup, FitModel model) {
        return setup == null ? new LifetimeSetup(model.parameters(), model.settings(), null, null)
                : new LifetimeSetup(setup.parameters, setup.settings, setup.binning, setup.irf, model);
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
