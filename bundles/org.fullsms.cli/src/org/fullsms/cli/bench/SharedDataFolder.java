package org.fullsms.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The reference data folder (../shared/data) the benchmarks take real inputs from, when present. */
final class SharedDataFolder {

    private SharedDataFolder() {
    }

    /** {@code -Dfullsms.shared.data}, else the first {@code shared/data} above the working folder, else null. */
    static Path find() {
        String configured = System.getProperty("fullsms.shared.data");
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve("data"))) {
                return dir.resolve("shared").resolve("data");
            }
        }
        return null;
    }
}
