package org.fullsms.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.fullsms.analysis.lifetime.DecayHistogram;
import org.fullsms.analysis.lifetime.HistogramBinning;
import org.fullsms.analysis.lifetime.Irf;
import org.fullsms.analysis.lifetime.IrfReader;
import org.fullsms.model.Dataset;
import org.fullsms.model.MicroTimes;
import org.fullsms.model.Particle;

/** Reads a measured IRF: a Full SMS HDF5 file (its first particle's decay), a PicoQuant .phu or two-column text. */
public final class IrfFiles {

    private IrfFiles() {
    }

    public static Irf read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder; an IRF is a file (photon data such as .h5 or .ptu, .phu or "
                    + "two-column text)");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".phu")) {
            return IrfReader.readPhu(file, 0);
        }
        if (isDataFile(file)) {
            try (Dataset data = Importers.open(file)) {
                Particle first = data.particles().stream().filter(p -> p.error().isEmpty()).findFirst()
                        .orElseThrow(() -> new IOException(file + ": no readable particle to take the IRF from"));
                MicroTimes micro = first.photons().micro();
                HistogramBinning own = DecayBinning.of(List.of(first));
                return Irf.of(DecayHistogram.build(micro, 0, micro.size(), own), file.getFileName() + ", " + first.name());
            }
        }
        return IrfReader.readText(file);
    }

    /** A photon data file an importer recognises by content (an IRF measured as photons: HDF5, PTU, SPC …). */
    private static boolean isDataFile(Path file) {
        try {
            Importers.importerFor(file);
            return true;
        } catch (IOException e) {
            return false; // text (or not a file: the text reader says which)
        }
    }
}
