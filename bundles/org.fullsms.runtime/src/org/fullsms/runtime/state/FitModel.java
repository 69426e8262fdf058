package org.fullsms.runtime.state;

import java.util.Objects;

import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitSettings;

/**
 * A lifetime fit model as the fit dialog sets it: start values, bounds and fixed flags of every parameter, and the
 * settings (method, weighting, window, backgrounds, simulated IRF).
 *
 * @param parameters start values, bounds and fixed flags
 * @param settings   method, weighting, window and background settings
 */
public record FitModel(FitParameters parameters, FitSettings settings) {

    public FitModel {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * This model with {@code n} exponentials: the original's start values and bounds of lifetimes and amplitudes
     * for {@code n} (REFERENCE §5), the shift, background and FWHM as they are; unchanged when it has {@code n}.
     */
    public FitModel withExponentials(int n) {
        if (n == parameters.numExp()) {
            return this;
        }
        FitParameters d = FitParameters.defaults(n);
        return new FitModel(new FitParameters(d.tauNs(), d.amplitudes(), parameters.shiftNs(),
                parameters.background(), parameters.fwhmNs()), settings);
    }

    /** This model with another fit method. */
    public FitModel withMethod(FitSettings.Method method) {
        return new FitModel(parameters, settings.withMethod(method));
    }
}
