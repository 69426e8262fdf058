package org.example.fullsms.blinking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.analysis.AnalysisException;
import org.fullsms.spi.analysis.LevelSpan;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.analysis.ResultCodec;
import org.fullsms.spi.analysis.TimeRange;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * On/off blinking statistics from the levels Full SMS's change point analysis found: each level is on or off by
 * its intensity against a fraction of the brightest level's, consecutive levels in the same state form one dwell,
 * and the result gives the dwells, the time on and the mean on and off dwell times. Only the region of interest is
 * analysed when the user has set one.
 */
@Component(service = AnalysisEngine.class)
public final class BlinkingAnalysis implements AnalysisEngine<BlinkingParameters, BlinkingResult> {

    /** Service id; sessions store results under it, so it never changes. */
    public static final String ID = "org.example.fullsms.blinking";

    private static final ResultCodec<BlinkingResult> CODEC = new BlinkingCodec();

    private String version;

    /**
     * The engine's version is the bundle's major.minor: every release of the extension may change results, and
     * Full SMS stores the version with each result, so a result says which release made it.
     */
    @Activate
    void activate(BundleContext context) {
        Version v = context.getBundle().getVersion();
        version = v.getMajor() + "." + v.getMinor();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String label() {
        return "On/off blinking";
    }

    @Override
    public String description() {
        return "splits the trace into on and off dwells by the levels' intensities; time on, switches, mean dwell times";
    }

    @Override
    public Class<BlinkingParameters> parameterType() {
        return BlinkingParameters.class;
    }

    @Override
    public BlinkingParameters defaultParameters() {
        return BlinkingParameters.DEFAULTS;
    }

    @Override
    public Class<BlinkingResult> resultType() {
        return BlinkingResult.class;
    }

    @Override
    public ResultCodec<BlinkingResult> resultCodec() {
        return CODEC;
    }

    @Override
    public String summary(BlinkingResult r) {
        return String.format("%.0f%% on, %d switches", 100 * r.onFraction(), r.switches());
    }

    @Override
    public BlinkingResult analyse(ParticleData particle, BlinkingParameters parameters, IProgressMonitor monitor)
            throws AnalysisException {
        if (particle.levels().isEmpty()) {
            throw new AnalysisException("needs levels: resolve the particle (change point analysis) first");
        }
        List<LevelSpan> levels = clip(particle, particle.roi());
        if (levels.isEmpty()) {
            throw new AnalysisException("no level lies in the region of interest");
        }
        double brightest = levels.stream().mapToDouble(LevelSpan::intensityCps).max().orElseThrow();
        double threshold = parameters.onFraction() * brightest;
        List<BlinkingResult.Dwell> dwells = new ArrayList<>();
        BlinkingResult.Dwell current = null;
        for (LevelSpan l : levels) {
            boolean on = l.intensityCps() >= threshold;
            if (current != null && current.on() == on) {
                current = new BlinkingResult.Dwell(on, current.startNs(), l.time().endNs(),
                        current.photons() + l.photons());
            } else {
                if (current != null) {
                    dwells.add(current);
                }
                current = new BlinkingResult.Dwell(on, l.time().startNs(), l.time().endNs(), l.photons());
            }
        }
        dwells.add(current);
        return new BlinkingResult(threshold, parameters.countEdges(), dwells);
    }

    /**
     * The levels within the region of interest, the ones it cuts shortened to it (their photons counted again from
     * the particle's photon times); all levels when there is no region of interest.
     */
    private static List<LevelSpan> clip(ParticleData particle, Optional<TimeRange> roi) throws AnalysisException {
        if (roi.isEmpty()) {
            return particle.levels();
        }
        long from = roi.get().startNs();
        long to = roi.get().endNs();
        long[] times;
        try {
            times = particle.particle().photons().absoluteNs();
        } catch (IOException e) {
            throw new AnalysisException("cannot read the photons: " + e.getMessage(), e);
        }
        List<LevelSpan> clipped = new ArrayList<>();
        for (LevelSpan l : particle.levels()) {
            long start = Math.max(l.time().startNs(), from);
            long end = Math.min(l.time().endNs(), to);
            if (end <= start) {
                continue;
            }
            if (start == l.time().startNs() && end == l.time().endNs()) {
                clipped.add(l);
                continue;
            }
            int first = firstAtOrAfter(times, l.firstPhoton(), l.lastPhoton() + 1, start);
            int last = firstAtOrAfter(times, first, l.lastPhoton() + 1, end + 1) - 1;
            if (last < first) {
                continue; // the part of the level inside the region holds no photon
            }
            clipped.add(new LevelSpan(new TimeRange(start, end), first, last, l.intensityCps(), l.group()));
        }
        return clipped;
    }

    /** The first index in {@code [from, to)} whose time is at least {@code ns}, or {@code to}; times are sorted. */
    private static int firstAtOrAfter(long[] times, int from, int to, long ns) {
        int i = Arrays.binarySearch(times, from, to, ns);
        if (i < 0) {
            return -i - 1;
        }
        while (i > from && times[i - 1] == ns) {
            i--; // ties: the binary search may land on any of equal times
        }
        return i;
    }
}
