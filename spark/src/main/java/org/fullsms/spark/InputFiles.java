package org.fullsms.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.fullsms.runtime.Importers;

/**
 * The data files of the job's inputs. A file named on the command line is analysed whatever its name (its content
 * decides, as for {@code fullsms analyze}); a folder contributes, at any depth, the files an importer's name pattern
 * matches ({@code *.h5}, {@code *.ptu}, ...), as an open dialog would offer them: the others (a {@code .set} beside
 * an {@code .spc}, notes, a simulation's {@code .truth.json}) are listed as skipped. Hidden files and folders, and
 * the job's own output folder when it lies inside an input folder, are passed over.
 *
 * @param files   absolute paths, each once, in the order given (a folder's sorted)
 * @param missing inputs that do not exist or cannot be listed
 * @param skipped files in folders that no importer's name pattern matches
 */
record InputFiles(List<String> files, List<Problem> missing, List<String> skipped) {

    /** @param out the job's output folder when it is on the local file system, else null */
    static InputFiles of(List<String> inputs, Path out) {
        Set<String> files = new LinkedHashSet<>();
        List<Problem> missing = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String input : inputs) {
            Path path = absolute(Path.of(input));
            if (Files.isDirectory(path)) {
                try {
                    for (Path file : walk(path, out)) {
                        if (Importers.matchesPattern(file)) {
                            files.add(file.toString());
                        } else {
                            skipped.add(file.toString());
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    missing.add(new Problem(path.toString(), "the folder cannot be listed: " + e.getMessage()));
                }
            } else if (Files.exists(path)) {
                files.add(path.toString());
            } else {
                missing.add(new Problem(path.toString(), "no such file or folder"));
            }
        }
        return new InputFiles(List.copyOf(files), List.copyOf(missing), List.copyOf(skipped));
    }

    static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static List<Path> walk(Path folder, Path out) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile)
                    .filter(f -> !hidden(folder.relativize(f)) && (out == null || !f.startsWith(out)))
                    .sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
