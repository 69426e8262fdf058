package org.fullsms.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fullsms.analysis.grouping.GlobalGroupingResult;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * The results of {@code fullsms analyze} as the analysis state the workbench and session files use, so exports
 * and saved sessions of the command line go the same way as everywhere else. The particles analysed are the
 * selected ones; the others stay unselected and unanalysed.
 */
final class AnalyzedSession {

    private AnalyzedSession() {
    }

    /** The particles that took part in global grouping (those with levels to group), in its order. */
    static List<ParticleAnalyzer.Report> globalMembers(List<ParticleAnalyzer.Report> reports) {
        return reports.stream().filter(r -> r.groupingInput() != null).toList();
    }

    /**
     * @param reports what each analysed particle produced, in navigator order
     * @param global  the global grouping of {@link #globalMembers}, or null
     */
    static AnalysisSession of(Dataset dataset, List<ParticleAnalyzer.Report> reports, GlobalGroupingResult global) {
        AnalysisSession session = new AnalysisSession(dataset);
        Set<Particle> analysed = new HashSet<>();
        reports.forEach(r -> analysed.add(r.particle()));
        for (ParticleAnalysis a : session.particles()) {
            if (!analysed.contains(a.particle())) {
                a.setSelected(false);
            }
        }
        for (ParticleAnalyzer.Report r : reports) {
            ParticleAnalysis a = session.of(r.particle());
            // Dependency order: new levels clear bursts, grouping and fits; a grouping clears group fits.
            a.setChangePoints(r.changePoints());
            if (r.burstRemoval() != null) {
                a.setBurstRemoval(r.burstRemoval());
            }
            a.setRoi(r.roi());
            a.setGrouping(r.grouping(), false);
            if (r.fits() != null) {
                a.putFits(r.fits());
            }
            a.setCorrelation(r.correlation());
            r.stages().failures().forEach(a::setFailure); // after the results, which clear their stage's failure
        }
        if (global != null) {
            session.setGlobalGrouping(global, globalMembers(reports).stream().map(r -> session.of(r.particle()))
                    .toList());
        }
        return session;
    }
}
