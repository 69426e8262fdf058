package org.fullsms.cli.extensions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.export.ExportTarget;
import org.fullsms.spi.export.Exporter;

/** A third-party exporter: one table of the {@link BrightLevels} results of the exported particles. */
public final class BrightLevelsCsv implements Exporter {

    public static final String ID = "test.brightlevels.csv";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Bright levels (CSV)";
    }

    @Override
    public void export(List<ParticleData> particles, ExportTarget target, IProgressMonitor monitor)
            throws IOException {
        StringBuilder csv = new StringBuilder("particle,bright,levels,mean (counts/s)\n");
        int missing = 0;
        for (ParticleData p : particles) {
            var r = p.result(BrightLevels.ID, BrightLevels.Result.class);
            if (r.isEmpty()) {
                missing++;
                continue;
            }
            csv.append(p.name()).append(',').append(r.get().bright()).append(',').append(r.get().levels()).append(',')
                    .append(r.get().meanCps()).append('\n');
        }
        if (missing > 0) {
            target.note(missing + " particle(s) without a bright-levels result");
        }
        target.write("bright levels.csv", out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
