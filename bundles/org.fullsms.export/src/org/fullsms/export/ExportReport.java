package org.fullsms.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export run wrote.
 *
 * @param files   files written, in order, relative to the export folder
 * @param skipped one line per export left out and why ("Particle 3: levels: no change point result")
 */
public record ExportReport(List<Path> files, List<String> skipped) {

    public ExportReport {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
