package org.fullsms.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the read-only reference data in {@code ../shared/data} beside the repository. Tests call
 * {@link #require(String)}: when the data are absent (a clone without the shared folder) the test is
 * skipped with a message instead of failing, as the developers' guide asks.
 */
public final class SharedData {

    /** System property that points at the data folder explicitly (set by the build). */
    public static final String PROPERTY = "fullsms.shared.data";

    private SharedData() {
    }

    /** The data folder, or {@code null} when it cannot be found. */
    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        // Walk up from the working directory (a test bundle's folder under tests/) to the repository's
        // parent, where shared/ lives.
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A file or folder under the data root; skips the calling test when it is missing. */
    public static Path require(String relative) {
        Path root = root();
        Assumptions.assumeTrue(root != null, "../shared/data not found: reference-data test skipped");
        Path path = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> path + " not found: reference-data test skipped");
        return path;
    }
}
