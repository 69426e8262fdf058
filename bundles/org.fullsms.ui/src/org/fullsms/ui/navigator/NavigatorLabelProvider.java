package org.fullsms.ui.navigator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.WeakHashMap;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.runtime.Importers;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * Navigator columns: name ("example.h5 (12 particles)", "Particle 3"), photons, duration and status marks
 * r = resolved, g = grouped, l = lifetimes fitted, a = correlated (antibunching), as the original's icons.
 */
final class NavigatorLabelProvider extends ColumnLabelProvider {

    /** Column index. */
    enum Column {
        NAME, PHOTONS, DURATION, STATUS
    }

    private final Column column;
    private final Durations durations;
    private final Map<Dataset, String> importers = new WeakHashMap<>();

    NavigatorLabelProvider(Column column, Durations durations) {
        this.column = column;
        this.durations = durations;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof AnalysisSession s) {
            return column == Column.NAME ? sessionName(s) : "";
        }
        if (element instanceof ParticleAnalysis a) {
            Particle p = a.particle();
            return switch (column) {
                case NAME -> p.error().isPresent() ? p.name() + " — unreadable" : p.name();
                case PHOTONS -> String.format(Locale.ROOT, "%,d", p.photonCount()).replace(',', ' ');
                case DURATION -> duration(a, durations);
                case STATUS -> marks(a);
            };
        }
        return String.valueOf(element);
    }

    @Override
    public String getToolTipText(Object element) {
        if (element instanceof AnalysisSession s) {
            return fileToolTip(s.dataset());
        }
        if (element instanceof ParticleAnalysis a) {
            if (a.particle().error().isPresent()) {
                return a.particle().error().get();
            }
            // Failed stages (e.g. restored from a session of `fullsms analyze`): one line each.
            List<String> failed = a.failures().entrySet().stream()
                    .map(f -> f.getKey().id() + " failed: " + f.getValue()).toList();
            return failed.isEmpty() ? "r resolved, g grouped, l lifetimes fitted, a correlated"
                    : String.join("\n", failed);
        }
        return null;
    }

    /** The file, the importer that read it (asked once per dataset: it reads the file's first bytes), its layout. */
    private String fileToolTip(Dataset d) {
        Path file = d.source().orElse(null);
        if (file == null) {
            return "made in memory";
        }
        String importer = importers.computeIfAbsent(d, x -> {
            try {
                return Importers.importerFor(file).label();
            } catch (IOException e) {
                return "? (" + e.getMessage() + ")";
            }
        });
        StringBuilder tip = new StringBuilder(file.toString()).append("\nRead by: ").append(importer);
        if (d.version().attribute() != null && !d.detectorChannels().isEmpty()) {
            tip.append(" (").append(d.version().attribute()).append(')');
        }
        d.channelLayout().ifPresent(layout -> tip.append("\nDetector channels: ").append(layout.equals("each")
                ? "one particle per channel" : layout.contains(",") ? "channels " + layout + " as channel 1 and 2"
                        : "channel " + layout));
        return tip.toString();
    }

    static String sessionName(AnalysisSession s) {
        String name = s.dataset().source().map(p -> p.getFileName().toString()).orElse("(in memory)");
        int n = s.particles().size();
        return name + " (" + n + (n == 1 ? " particle)" : " particles)");
    }

    /** Seconds from the first to the last photon, when measured or the photons or levels are known; else a dash. */
    static String duration(ParticleAnalysis a, Durations durations) {
        Particle p = a.particle();
        OptionalDouble measured = durations.of(p);
        if (measured.isPresent()) {
            return String.format(Locale.ROOT, "%.1f s", measured.getAsDouble());
        }
        if (p.arePhotonsLoaded()) {
            try {
                return String.format(Locale.ROOT, "%.1f s", p.photons().durationSeconds());
            } catch (java.io.IOException e) {
                return "–";
            }
        }
        return a.levels().filter(r -> !r.levels().isEmpty()).map(r -> String.format(Locale.ROOT, "%.1f s",
                r.levels().get(r.levels().size() - 1).endS() - r.levels().get(0).startS())).orElse("–");
    }

    static String marks(ParticleAnalysis a) {
        StringBuilder b = new StringBuilder();
        b.append(a.levels().isPresent() ? 'r' : '·');
        boolean grouped = a.grouping().isPresent() || a.session().globalMembers().contains(a);
        b.append(grouped ? 'g' : '·');
        b.append(a.fits().isEmpty() ? '·' : 'l');
        b.append(a.correlation().isPresent() ? 'a' : '·');
        return b.toString();
    }
}
