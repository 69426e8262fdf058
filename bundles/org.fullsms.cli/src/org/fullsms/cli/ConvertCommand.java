package org.fullsms.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fullsms.io.hdf5.WriteResult;
import org.fullsms.runtime.FileConversion;

/**
 * {@code fullsms convert}: an instrument file, or the original's text exports (CSV or macro-time lists), into Full SMS
 * HDF5, through {@link FileConversion} as the workbench's File &gt; Convert… does.
 */
final class ConvertCommand implements Command {

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "convert an instrument file (PTU, PT3, HT3, SPC, Photon-HDF5) or photon text files into Full SMS HDF5";
    }

    @Override
    public String usage() {
        return """
                fullsms convert IN... --out OUT.h5 [--channels each|A|A,B] [--overwrite]
                  One instrument file that an importer reads (PicoQuant PTU/PT3/HT3/PT2/HT2, Becker & Hickl
                  SPC, Photon-HDF5; see `fullsms info`) is written as it opens: one particle per detector
                  channel, or as --channels says. Otherwise each input file becomes one particle, in the
                  order given; a folder stands for its files
                  in the natural order of the numbers in their names. Inputs: the original's CSV (one header
                  line, columns macro and micro times in ns) or a plain list of macro times in ns (one per
                  line or comma-separated; micro times are then 0). Inputs are never modified.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Options o = Options.parse(args, Set.of("out", "channels"), Set.of("overwrite"));
        if (o.positional().isEmpty()) {
            throw new CliException("needs at least one input file or folder");
        }
        Path target = o.filePath("out");
        if (target == null) {
            throw new CliException("--out OUT.h5 is required");
        }
        List<Path> inputs = o.positional().stream().map(Path::of).toList();
        OutputPaths.of(inputs).output("--out", target, OutputPaths.Kind.REGULAR_FILE);
        Activity.now("converting " + String.join(", ", o.positional()) + " into " + target);
        try {
            WriteResult written = FileConversion.run(new FileConversion.Conversion(inputs, target),
                    o.string("channels", null), o.has("overwrite"), new NullProgressMonitor());
            out.println("wrote " + written.target() + " (" + written.particles() + " particles)");
            written.warnings().forEach(w -> err.println(Cli.oneLine("warning: " + w)));
            return OK;
        } catch (IOException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
