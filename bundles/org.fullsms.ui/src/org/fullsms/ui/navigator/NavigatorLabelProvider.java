package org.fullsms.ui.navigator;

import java.util.Locale;

import org.eclipse.jface.viewers.LabelProvider;
import org.fullsms.model.Particle;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

/** "example.h5 (12 particles)" and "Particle 3 — 51 234 photons" with a mark for particles that failed to load. */
final class NavigatorLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof AnalysisSession s) {
            String name = s.dataset().source().map(p -> p.getFileName().toString()).orElse("(in memory)");
            int n = s.particles().size();
            return name + " (" + n + (n == 1 ? " particle)" : " particles)");
        }
        if (element instanceof ParticleAnalysis a) {
            Particle p = a.particle();
            String text = String.format(Locale.ROOT, "%s — %,d photons", p.name(), p.photonCount()).replace(',', ' ');
            return p.error().map(e -> text + " — unreadable").orElse(text);
        }
        return String.valueOf(element);
    }
}
