package org.fullsms.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fullsms.model.Dataset;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.export.ExportSettings;
import org.fullsms.runtime.export.ExportWiring;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.session.SessionLoader;

/**
 * {@code fullsms export SESSION.smsa --out DIR}: reopens the HDF5 file a session points to, restores the analysis
 * and writes the exports {@code fullsms analyze --export} writes, through the same code. One of the built-in
 * commands of {@link Cli}.
 */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write the exports of a saved session (.smsa) from its HDF5 file";
    }

    @Override
    public String usage() {
        return """
                fullsms export SESSION.smsa --out DIR [--format csv|parquet|both|none] [--plots png|svg|pdf
                                [--figure-size 85x60] [--dpi 300] [--font-size 8]] [--exporters ID,...] [--overwrite]
                                [--intensity-unit cps|kcps|bin]
                  Reopens the HDF5 file the session points to (where it was, else beside the session), restores
                  the saved analysis of its selected particles and writes the original's CSV files (and/or
                  Parquet tables, plots) into DIR, as 'fullsms analyze --export' does. Intensities are in
                  counts/s unless --intensity-unit says kcps or counts per bin of each particle's trace (bin:
                  the original's trace.csv).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Set<String> valued = new HashSet<>(ExportArguments.VALUED);
        valued.add("out");
        Options o = Options.parse(args, valued, ExportArguments.FLAGS);
        if (o.positional().size() != 1) {
            throw new CliException("needs exactly one SESSION.smsa");
        }
        ExportSettings settings = ExportArguments.parse(o, "out");
        if (settings == null) {
            throw new CliException("needs --out DIR");
        }
        Path file = Path.of(o.positional().get(0));
        // The data file the session points to is a file too, so an existing file as --out (it included) is refused.
        OutputPaths.of(List.of(file)).output("--out", settings.dir(), OutputPaths.Kind.FOLDER);
        Activity.now("reading the session " + file);
        SessionLoader.Loaded loaded;
        try {
            loaded = SessionLoader.load(file, Importers::open);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        try (Dataset dataset = loaded.session().dataset()) {
            Activity.now("exporting " + file + " (" + loaded.dataFile() + ") into " + settings.dir());
            loaded.warnings().forEach(w -> err.println("warning: " + w));
            export(loaded.session(), settings, err);
        } catch (IOException e) {
            throw new CliException("closing " + loaded.dataFile() + ": " + e.getMessage(), e);
        }
        return OK;
    }

    /** The exports of a session's particles; a failure is the command's one line. */
    static void export(AnalysisSession session, ExportSettings settings, PrintStream err) throws CliException {
        try {
            ExportWiring.export(session, settings, err);
        } catch (IOException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
