package org.fullsms.ui.extensions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.export.ExportTarget;
import org.fullsms.spi.export.Exporter;

/** A third-party exporter: one table of the {@link BrightLevels} results of the exported particles. */
public final class BrightLevelsCsv implements Exporter {

    public static final String ID = "test.ui.brightlevels.csv";
    public static final String FILE = "bright levels.csv";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Bright levels (CSV)";
    }

    @Override
    public String description() {
        return "One row per particle: bright levels, levels, mean intensity";
    }

    @Override
    public void export(List<ParticleData> particles, ExportTarget target, IProgressMonitor monitor)
            throws IOException {
        StringBuilder csv = new StringBuilder("particle,bright,levels,mean (counts/s)\n");
        for (ParticleData p : particles) {
            p.result(BrightLevels.ID, BrightLevels.Result.class).ifPresent(r -> csv.append(p.name()).append(',')
                    .append(r.bright()).append(',').append(r.levels()).append(',').append(r.meanCps()).append('\n'));
        }
        target.write(FILE, out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
