package org.example.fullsms.blinking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.export.ExportTarget;
import org.fullsms.spi.export.Exporter;
import org.osgi.service.component.annotations.Component;

/**
 * Writes the {@link BlinkingAnalysis} results of the exported particles as two CSV tables: {@value #SUMMARY} (one
 * row per particle) and {@value #DWELLS} (one row per dwell). Particles without a result are left out and counted in
 * a note of the export's report.
 */
@Component(service = Exporter.class)
public final class BlinkingCsvExporter implements Exporter {

    /** Service id, used by {@code --exporters}. */
    public static final String ID = "org.example.fullsms.blinking.csv";

    static final String SUMMARY = "blinking.csv";
    static final String DWELLS = "blinking dwells.csv";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "On/off blinking (CSV)";
    }

    @Override
    public String description() {
        return "the on/off blinking results: " + SUMMARY + " per particle, " + DWELLS + " per dwell";
    }

    @Override
    public void export(List<ParticleData> particles, ExportTarget target, IProgressMonitor monitor)
            throws IOException {
        StringBuilder summary = new StringBuilder(
                "particle,threshold (counts/s),on fraction,switches,mean on (s),mean off (s)\n");
        StringBuilder dwells = new StringBuilder("particle,state,start (s),end (s),duration (s),photons\n");
        int missing = 0;
        for (ParticleData p : particles) {
            if (monitor.isCanceled()) {
                return;
            }
            Optional<BlinkingResult> result = p.result(BlinkingAnalysis.ID, BlinkingResult.class);
            if (result.isEmpty()) {
                missing++;
                continue;
            }
            BlinkingResult r = result.get();
            summary.append(String.format(Locale.ROOT, "%s,%.1f,%.4f,%d,%s,%s\n", p.name(), r.thresholdCps(),
                    r.onFraction(), r.switches(), seconds(r.meanDwellS(true)), seconds(r.meanDwellS(false))));
            for (BlinkingResult.Dwell d : r.dwells()) {
                dwells.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%d\n", p.name(), d.on() ? "on" : "off",
                        seconds(d.startNs() * 1e-9), seconds(d.endNs() * 1e-9), seconds(d.durationS()),
                        d.photons()));
            }
        }
        if (missing > 0) {
            target.note(missing + " particle(s) without an on/off blinking result left out of " + SUMMARY
                    + " (run the analysis on them first)");
        }
        target.write(SUMMARY, out -> out.write(summary.toString().getBytes(StandardCharsets.UTF_8)));
        target.write(DWELLS, out -> out.write(dwells.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Seconds to the microsecond, with a decimal point whatever the locale; a mean of no dwells is an empty cell. */
    private static String seconds(double s) {
        return Double.isNaN(s) ? "" : String.format(Locale.ROOT, "%.6f", s);
    }
}
