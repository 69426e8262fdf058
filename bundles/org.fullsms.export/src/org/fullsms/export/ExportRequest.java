package org.fullsms.export;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One export run: the folder to write into, the particles (current, selected or all, in the order the files
 * should list them) and the options.
 */
public record ExportRequest(Path folder, List<ParticleExport> particles, ExportOptions options) {

    public ExportRequest {
        if (folder == null || options == null) {
            throw new IllegalArgumentException("export needs a folder and options");
        }
        particles = List.copyOf(particles);
        Set<String> names = new HashSet<>();
        for (ParticleExport p : particles) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("particle " + p.name() + " is listed twice");
            }
        }
    }
}
