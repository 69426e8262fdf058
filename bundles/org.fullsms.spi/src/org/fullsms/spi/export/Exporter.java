package org.fullsms.spi.export;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.spi.analysis.ParticleData;

/**
 * Writes files from the particles a user exports. Register an implementation as an OSGi service (a DS component
 * providing {@code Exporter}); the workbench's Export view offers it as a check box beside the built-in tables and
 * figures, and the command line runs it with {@code --export ID} (for {@code analyze} and {@code export}).
 *
 * @since 1.0
 */
public interface Exporter {

    /** Unique, stable id, used by {@code --export}, e.g. {@code org.example.fullsms.burstcsv}. */
    String id();

    /** Name shown in the Export view, e.g. "Burst table (CSV)". */
    String label();

    /** One sentence on what is written (tooltip, {@code fullsms help export}). */
    default String description() {
        return "";
    }

    /**
     * Writes this exporter's files for the particles, in the order the user has them. Each file goes through
     * {@link ExportTarget#write}, which never leaves a half-written file and never overwrites an input.
     *
     * @param monitor report progress; stop early when cancelled (files written so far stay)
     * @throws IOException when writing fails; the message names the file
     */
    void export(List<ParticleData> particles, ExportTarget target, IProgressMonitor monitor) throws IOException;
}
