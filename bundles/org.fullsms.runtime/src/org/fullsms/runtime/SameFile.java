package org.fullsms.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether two paths reach the same file: the same file has many spellings (symbolic links, {@code ./}, {@code ..},
 * hard links), and a mistaken output path must never replace the user's data. Every check that an output is not
 * an input (the command line's outputs, conversions) goes through here.
 */
public final class SameFile {

    private SameFile() {
    }

    /**
     * The file a path reaches: its real path when it exists, else its folder's real path with its name (the file a
     * write would create), else the path made absolute.
     */
    public static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException missing) {
            Path parent = absolute.getParent();
            if (parent == null || absolute.getFileName() == null) {
                return absolute;
            }
            return real(parent).resolve(absolute.getFileName());
        }
    }

    /** Same file: equal real paths, or (hard links) the same file by the file system's identity. */
    public static boolean same(Path a, Path b) {
        Path realA = real(a);
        Path realB = real(b);
        if (realA.equals(realB)) {
            return true;
        }
        try {
            return Files.exists(realA) && Files.exists(realB) && Files.isSameFile(realA, realB);
        } catch (IOException e) {
            return false;
        }
    }
}
