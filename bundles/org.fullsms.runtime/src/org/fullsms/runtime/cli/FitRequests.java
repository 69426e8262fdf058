package org.fullsms.runtime.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitSettings;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.analysis.lifetime.IrfReader;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.runtime.DecayBinning;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.LifetimeFits;

/** Builds the lifetime fit request of {@code fullsms analyze --fit}: channel grid, IRF, model and method. */
final class FitRequests {

    private FitRequests() {
    }

    static LifetimeFits.Request of(AnalyzeSettings s, List<Particle> particles) throws IOException {
        HistogramBinning binning = DecayBinning.of(particles);
        Irf irf = s.irf() == null ? null : readIrf(s.irf(), binning);
        FitSettings settings = FitSettings.defaults()
                .withMethod(s.maximumLikelihood() ? FitSettings.Method.MAXIMUM_LIKELIHOOD : FitSettings.Method.LEAST_SQUARES)
                .withSimulatedIrf(irf == null);
        return new LifetimeFits.Request(binning, irf, FitParameters.defaults(s.fit()), settings);
    }

    /** An IRF from a Full SMS HDF5 file (its first particle's decay), a PicoQuant .phu or a two-column text file. */
    static Irf readIrf(Path file, HistogramBinning binning) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".phu")) {
            return IrfReader.readPhu(file, 0);
        }
        if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
            try (Dataset irfData = Importers.open(file)) {
                Particle first = irfData.particles().stream().filter(p -> p.error().isEmpty()).findFirst()
                        .orElseThrow(() -> new IOException(file + ": no readable particle to take the IRF from"));
                double[] micro = first.photons().microNs();
                HistogramBinning own = DecayBinning.of(List.of(first));
                return Irf.of(DecayHistogram.build(micro, 0, micro.length, own), file.getFileName() + ", " + first.name());
            }
        }
        return IrfReader.readText(file);
    }
}
