package org.fullsms.cli;

import java.io.IOException;
import java.util.List;

import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.model.Particle;
import org.fullsms.runtime.DecayBinning;
import org.fullsms.runtime.IrfFiles;
import org.fullsms.runtime.LifetimeFits;

/** Builds the lifetime fit request of {@code fullsms analyze --fit}: channel grid, IRF, model and method. */
final class FitRequests {

    private FitRequests() {
    }

    static LifetimeFits.Request of(AnalyzeSettings s, List<Particle> particles) throws IOException {
        return of(s, binning(s, particles));
    }

    /** The request on a channel grid worked out before (a part of a file takes the whole file's grid). */
    static LifetimeFits.Request of(AnalyzeSettings s, HistogramBinning binning) throws IOException {
        Irf irf = s.irf() == null ? null : IrfFiles.read(s.irf());
        FitSettings settings = LifetimeFits.defaultSettings()
                .withMethod(s.maximumLikelihood() ? FitSettings.Method.MAXIMUM_LIKELIHOOD : FitSettings.Method.LEAST_SQUARES)
                .withSimulatedIrf(irf == null);
        return new LifetimeFits.Request(binning, irf, FitParameters.defaults(s.fit()), settings);
    }

    /** The decay channel grid of the particles (reads their photons), as {@link DecayBinning} makes it. */
    static HistogramBinning binning(AnalyzeSettings s, List<Particle> particles) throws IOException {
        try {
            return DecayBinning.of(particles);
        } catch (IOException e) {
            throw new IOException(s.file() + ": " + e.getMessage()
                    + (s.channelWidthNs() == null ? "" : " (--channel-width " + s.channelWidthNs() + " ns)"), e);
        }
    }
}
