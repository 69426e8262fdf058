package org.fullsms.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fullsms.io.hdf5.Hdf5Writer;
import org.fullsms.io.hdf5.PhotonTextConverter;
import org.fullsms.io.hdf5.WriteOptions;
import org.fullsms.io.hdf5.WriteResult;
import org.fullsms.model.Dataset;
import org.fullsms.spi.ImportOptions;
import org.fullsms.spi.PhotonImporter;

/**
 * Converting photon files into Full SMS HDF5, for {@code fullsms convert} and the workbench's File &gt; Convert…
 * alike. One instrument file an importer reads (PTU, PT3, HT3, SPC, Photon-HDF5, …) is written as it opens: one
 * particle per detector channel, or as the channel option says. Otherwise the inputs are photon text files (the
 * original's CSV or macro-time lists), each one particle, a folder standing for its files. The target is written to
 * a temporary file and moved into place, and is never one of the inputs.
 */
public final class FileConversion {

    /** The extension of the files written. */
    public static final String EXTENSION = ".h5";

    /**
     * One file to write and the inputs it is made of.
     *
     * @param inputs one instrument file, or text files and folders of them, in particle order
     * @param target the Full SMS HDF5 file to write
     */
    public record Conversion(List<Path> inputs, Path target) {

        public Conversion {
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("a conversion needs at least one input");
            }
            Objects.requireNonNull(target, "target");
        }
    }

    private FileConversion() {
    }

    /**
     * The conversions of a list of inputs into a folder, as the workbench offers them: each file an importer reads
     * becomes its own file ({@code NAME.h5}), each folder one file of its text files ({@code FOLDER.h5}, as the
     * original's bulk conversion), and the other files, text files, together one file named after the first.
     */
    public static List<Conversion> plan(List<Path> inputs, Path folder) {
        List<Conversion> plan = new ArrayList<>();
        List<Path> text = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                plan.add(new Conversion(List.of(in), folder.resolve(stem(in) + EXTENSION)));
            } else if (instrumentImporter(List.of(in)).isPresent()) {
                plan.add(new Conversion(List.of(in), folder.resolve(stem(in) + EXTENSION)));
            } else {
                text.add(in);
            }
        }
        if (!text.isEmpty()) {
            plan.add(new Conversion(text, folder.resolve(stem(text.get(0)) + EXTENSION)));
        }
        return plan;
    }

    /**
     * Checks, before anything is written, that every target can be written ({@link #problem}).
     *
     * @throws IOException naming the first target that cannot and why
     */
    public static void check(List<Conversion> conversions, boolean overwrite) throws IOException {
        for (int i = 0; i < conversions.size(); i++) {
            Optional<String> problem = problem(conversions, i, overwrite);
            if (problem.isPresent()) {
                throw new IOException(conversions.get(i).target() + ": " + problem.get());
            }
        }
    }

    /**
     * Why the target of conversion {@code index} cannot be written, or empty: it is one of the inputs (or a file in
     * an input folder), the target of an earlier conversion, a folder, in a folder that does not exist, or, unless
     * {@code overwrite}, an existing file.
     */
    public static Optional<String> problem(List<Conversion> conversions, int index, boolean overwrite) {
        Conversion c = conversions.get(index);
        Path target = c.target();
        try {
            for (Path input : files(c.inputs())) {
                if (SameFile.same(target, input)) {
                    return Optional.of("is the input " + input
                            + "; an input is never overwritten: choose another output folder or name");
                }
            }
        } catch (IOException e) {
            return Optional.of("an input folder cannot be listed (" + e.getMessage() + ")");
        }
        for (Conversion earlier : conversions.subList(0, index)) {
            if (SameFile.same(target, earlier.target())) {
                return Optional.of("written from both " + earlier.inputs() + " and " + c.inputs()
                        + "; convert them into different folders");
            }
        }
        if (Files.isDirectory(target)) {
            return Optional.of("is a folder; give a file name");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.of("the folder " + parent + " does not exist");
        }
        if (!overwrite && Files.exists(target)) {
            return Optional.of("exists; replace it with --overwrite (fullsms convert) or Replace existing files");
        }
        return Optional.empty();
    }

    /**
     * Converts: reads the inputs and writes the target (checked first as {@link #check} does).
     *
     * @param channels how an instrument file's detector channels become particles ("each", "A", "A,B"), or null
     *                 for one particle per channel
     * @throws IOException naming the file and the problem; the target is then unchanged
     */
    public static WriteResult run(Conversion c, String channels, boolean overwrite, IProgressMonitor monitor)
            throws IOException {
        check(List.of(c), overwrite);
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        Optional<PhotonImporter> importer = instrumentImporter(c.inputs());
        try (Dataset dataset = importer.isPresent()
                ? Importers.open(importer.get(), c.inputs().get(0), new ImportOptions(channels))
                : new PhotonTextConverter().convert(c.inputs(), sub.split(3))) {
            return new Hdf5Writer().write(dataset, c.target(), new WriteOptions(false, overwrite), sub.split(7));
        }
    }

    /** The importer of a single file it recognises by content, or empty (text files are converted instead). */
    public static Optional<PhotonImporter> instrumentImporter(List<Path> inputs) {
        if (inputs.size() != 1 || !Files.isRegularFile(inputs.get(0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Importers.importerFor(inputs.get(0)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The inputs with each folder replaced by the files in it. */
    private static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    s.forEach(files::add);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }

    /** The file or folder name without its extension. */
    private static String stem(Path p) {
        String name = p.toAbsolutePath().normalize().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
