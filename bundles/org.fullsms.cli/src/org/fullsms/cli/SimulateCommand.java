package org.fullsms.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.analysis.simulation.DwellTimes;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.SimulationResult;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.io.hdf5.WriteResult;
import org.fullsms.model.AtomicFile;

/** {@code fullsms simulate}: blinking emitters with known truth, written as Full SMS HDF5 plus FILE.truth.json. */
final class SimulateCommand implements Command {

    private static final Set<String> VALUED = Set.of("out", "particles", "duration", "seed", "states", "exponentials",
            "dwell", "power-law", "background", "channel-width", "channels");
    private static final Set<String> FLAGS = Set.of("two-channels", "spectra", "raster", "compress", "overwrite");

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "simulate blinking emitters with known truth into a Full SMS HDF5 file";
    }

    @Override
    public String usage() {
        return """
                fullsms simulate --out FILE.h5 [--particles N] [--duration S] [--seed K]
                         [--states 2-4] [--exponentials 1-3] [--dwell MEAN_S | --power-law ALPHA]
                         [--background CPS] [--channel-width NS] [--channels N]
                         [--two-channels] [--spectra] [--raster] [--compress] [--overwrite]
                  Writes FILE.h5 (format 1.08) and FILE.truth.json (true change points, level states,
                  intensities, lifetimes, amplitudes, IRF). The same seed gives the same files.
                  --compress stores photons chunked with gzip (smaller, slower to read).
                  Defaults: 1 particle, 10 s, seed 1, 2 states, exponential dwell times (mean 1 s),
                  1 exponential per state, 50 cps background, 2048 channels of 0.01220703125 ns,
                  25 ns laser period (longer when the TCSPC window is longer).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Options o = Options.parse(args, VALUED, FLAGS);
        if (!o.positional().isEmpty()) {
            throw new CliException("unexpected argument '" + o.positional().get(0) + "'");
        }
        Path target = o.filePath("out");
        if (target == null) {
            throw new CliException("--out FILE.h5 is required");
        }
        SimulationParameters.Builder b = SimulationParameters.builder()
                .particles(o.integer("particles", 1, 1, 100_000))
                .durationS(o.number("duration", 10, 1e-3, 1e6))
                .seed(o.longValue("seed", 1))
                .exponentials(o.integer("exponentials", 1, 1, 3))
                .secondChannel(o.has("two-channels"))
                .spectra(o.has("spectra"))
                .rasterScan(o.has("raster"));
        if (o.has("states")) {
            b.stateCount(o.integer("states", 2, 2, 4));
        }
        if (o.has("power-law")) {
            b.dwell(DwellTimes.powerLaw(o.number("power-law", 1.5, 1.01, 3), 1e-3, 100));
        } else if (o.has("dwell")) {
            b.dwell(DwellTimes.exponential(o.number("dwell", 1, 1e-4, 1e4)));
        }
        if (o.has("background")) {
            b.backgroundCps(o.number("background", 50, 0, 1e7));
        }
        if (o.has("channel-width")) {
            b.channelWidthNs(o.number("channel-width", 0.01220703125, 1e-4, 10));
        }
        if (o.has("channels")) {
            b.channels(o.integer("channels", 2048, 2, 1 << 16));
        }
        double windowNs = o.number("channel-width", 0.01220703125, 1e-4, 10) * o.integer("channels", 2048, 2, 1 << 16);
        b.pulsePeriodNs(Math.max(25, windowNs));
        SimulationParameters params;
        try {
            params = b.build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        OutputPaths.of(List.of()).output("--out", target, OutputPaths.Kind.REGULAR_FILE)
                .output("the truth file", truthPath(target), OutputPaths.Kind.STREAM);
        Activity.now("simulating into " + target);
        SimulationResult result = new Simulator().run(params, new NullProgressMonitor());
        try {
            WriteResult written = new Hdf5Writer().write(result.dataset(), target,
                    new WriteOptions(o.has("compress"), o.has("overwrite")), new NullProgressMonitor());
            Path truth = truthPath(target);
            AtomicFile.write(truth, JsonOutput.text(TruthJson.of(result.truth())).getBytes(StandardCharsets.UTF_8), o.has("overwrite"));
            out.println("wrote " + written.target() + " (" + written.particles() + " particles) and " + truth);
            return OK;
        } catch (IOException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    static Path truthPath(Path h5) {
        String name = h5.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return h5.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".truth.json");
    }
}
