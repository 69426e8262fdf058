package org.fullsms.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fullsms.model.AtomicFile;
import org.fullsms.runtime.SameFile;

/**
 * The rules every command's outputs follow, checked before any work: no output is one of the inputs, no two
 * outputs are one path, and a file output is not a folder (nor an export folder a file). Paths are compared as
 * the files they reach (real paths, through symbolic links, {@code ./} and {@code ..}), since the same file has
 * many spellings and a mistaken one would replace the user's data. A violation is a {@link CliException}
 * naming both paths (exit 2).
 */
public final class OutputPaths {

    /** How an output may be written. */
    public enum Kind {
        /** A file written whole; an existing device or FIFO (/dev/null, /dev/stdout) is written into. */
        STREAM,
        /** A file that must be a regular file (HDF5, session): a device or FIFO is refused, never replaced. */
        REGULAR_FILE,
        /** A folder of files. */
        FOLDER
    }

    private final List<Path> inputs = new ArrayList<>();
    private final Map<Path, String> outputs = new LinkedHashMap<>();

    private OutputPaths() {
    }

    /**
     * @param inputs the files the command reads (missing ones are ignored: opening them reports that); a folder
     *               stands for the files in it, as for {@code convert}
     */
    public static OutputPaths of(List<Path> inputs) throws CliException {
        OutputPaths paths = new OutputPaths();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.list(input)) {
                    files.forEach(paths.inputs::add);
                } catch (IOException e) {
                    throw new CliException(input + ": the folder cannot be listed (" + e.getMessage() + ")", e);
                }
            } else {
                paths.inputs.add(input);
            }
        }
        return paths;
    }

    /**
     * Checks one output against the inputs and the outputs checked before.
     *
     * @param option how the user named it ({@code --json}), for the message
     * @param target the path given; "-" (standard output) is never a file and always allowed
     * @return this, to check the next output
     */
    public OutputPaths output(String option, Path target, Kind kind) throws CliException {
        if (target.toString().equals("-") && kind == Kind.STREAM) {
            return this;
        }
        Path real = SameFile.real(target);
        for (Path input : inputs) {
            if (SameFile.same(real, input)) {
                throw new CliException(option + " " + target + " is the input file " + input
                        + "; it would be overwritten: choose another output path");
            }
        }
        for (Map.Entry<Path, String> earlier : outputs.entrySet()) {
            if (SameFile.same(real, earlier.getKey())) {
                throw new CliException(option + " " + target + " and " + earlier.getValue()
                        + " name the same path; give each output its own");
            }
        }
        boolean folder = Files.isDirectory(real);
        if (kind == Kind.FOLDER && Files.exists(real) && !folder) {
            throw new CliException(option + " " + target + " is a file, not a folder");
        }
        if (kind != Kind.FOLDER && folder) {
            throw new CliException(option + " " + target + " is a folder; give a file name");
        }
        if (kind == Kind.REGULAR_FILE && AtomicFile.special(real)) {
            throw new CliException(option + " " + target
                    + " is a device or pipe, not a regular file; give a file name");
        }
        if (kind == Kind.REGULAR_FILE && Files.isSymbolicLink(target)) {
            // HDF5 and session files are moved into place, which replaces a link, not the file it points to
            // (/dev/stdout is a link: as root the system's one would be replaced).
            throw new CliException(option + " " + target + " is a symbolic link; give the file it points to ("
                    + real + ")");
        }
        outputs.put(real, option + " " + target);
        return this;
    }
}
