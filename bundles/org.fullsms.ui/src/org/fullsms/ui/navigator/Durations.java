package org.fullsms.ui.navigator;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.fullsms.model.Particle;
import org.fullsms.runtime.TransientPhotons;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * Each particle's duration (first to last photon) for the navigator, measured in the background once a file is open.
 * The files do not store the span, so a particle's photons are read once and released again unless something else
 * had loaded them. Particles of more than {@link #MAX_PHOTONS} photons are left until an analysis reads them
 * (reading 1e7 photons takes ~160 MB and about a second; the navigator must not compete with the user's work for it).
 */
final class Durations {

    /** The largest particle measured in the background. */
    static final long MAX_PHOTONS = 2_000_000;

    private final Map<Particle, Double> seconds = Collections.synchronizedMap(new WeakHashMap<>());

    /** The measured duration (s), or empty when not (yet) measured. */
    OptionalDouble of(Particle p) {
        Double s = seconds.get(p);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /**
     * Starts measuring the particles of {@code session} at low priority (a system job: not in the Progress view, not
     * among the jobs of an analysis); {@code measured} runs after each particle.
     */
    Job measure(AnalysisSession session, Runnable measured) {
        Job job = new Job("Measuring particle durations of " + NavigatorLabelProvider.sessionName(session)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                for (ParticleAnalysis a : session.particles()) {
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    Particle p = a.particle();
                    if (p.error().isEmpty() && p.photonCount() > 1 && p.photonCount() <= MAX_PHOTONS
                            && !seconds.containsKey(p)) {
                        measureOne(p);
                        measured.run();
                    }
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule();
        return job;
    }

    private void measureOne(Particle p) {
        try {
            seconds.put(p, TransientPhotons.read(p, q -> q.photons().durationSeconds()));
        } catch (IOException | RuntimeException e) {
            // An unreadable particle keeps its dash; opening it says why.
        }
    }
}
