package org.fullsms.ui.navigator;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.fullsms.model.Particle;
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

    NavigatorLabelProvider(Column column) {
        this.column = column;
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
                case DURATION -> duration(a);
                case STATUS -> marks(a);
            };
        }
        return String.valueOf(element);
    }

    @Override
    public String getToolTipText(Object element) {
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

    static String sessionName(AnalysisSession s) {
        String name = s.dataset().source().map(p -> p.getFileName().toString()).orElse("(in memory)");
        int n = s.particles().size();
        return name + " (" + n + (n == 1 ? " particle)" : " particles)");
    }

    /** Seconds from the first to the last photon, when the photons or levels are known; else a dash. */
    static String duration(ParticleAnalysis a) {
        Particle p = a.particle();
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
