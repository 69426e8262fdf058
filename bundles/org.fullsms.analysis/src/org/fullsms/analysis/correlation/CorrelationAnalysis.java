package org.fullsms.analysis.correlation;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Second-order correlation engine (antibunching). Stateless and thread-safe.
 * <ol>
 * <li>{@link #correlate} counts the channel-1/channel-2 photon pairs of one or several particles into a
 * {@link Correlogram} (sorted two-pointer pass, O(N + pairs), memory O(bins)).</li>
 * <li>{@link #evaluate} normalises it to g²(τ), estimates g²(0) and fits the model; it can be called again
 * with another bin (a whole multiple of the counted one), window, period, background or fit setting without
 * recounting.</li>
 * </ol>
 * {@link #run} does both. Bad input (one channel only, an empty channel, NaN times) throws
 * {@link IllegalArgumentException} naming the particle.
 */
public final class CorrelationAnalysis {

    /** Engine id (API, never renamed). */
    public static final String ID = "correlation";

    public static final String VERSION = "1.0.0";

    /** Correlates and evaluates one particle. */
    public CorrelationResult run(TwoChannelPhotons particle, CorrelationParameters params,
            IProgressMonitor monitor) {
        return run(List.of(particle), params, monitor);
    }

    /** Correlates the particles, sums their correlograms and evaluates the sum. */
    public CorrelationResult run(List<TwoChannelPhotons> particles, CorrelationParameters params,
            IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Correlation: " + particles.size() + " particle(s)", 10);
        Correlogram sum = correlate(particles, params, sub.split(9));
        return evaluate(sum, params);
    }

    /** The summed correlogram of the particles (at least one), with progress per particle. */
    public Correlogram correlate(List<TwoChannelPhotons> particles, CorrelationParameters params,
            IProgressMonitor monitor) {
        if (particles.isEmpty()) {
            throw new IllegalArgumentException("correlation needs at least one particle");
        }
        SubMonitor sub = SubMonitor.convert(monitor, particles.size());
        Correlogram sum = null;
        for (TwoChannelPhotons particle : particles) {
            sub.split(1);
            Correlogram one = correlate(particle, params);
            sum = sum == null ? one : sum.plus(one);
        }
        return sum;
    }

    /** The correlogram of one particle: pairs with τ = t2 + difftime − t1 inside the window. */
    public Correlogram correlate(TwoChannelPhotons particle, CorrelationParameters params) {
        String name = particle.name() == null ? "particle" : particle.name();
        SortedChannel ch1 = SortedChannel.of(name, 1, particle.abs1(), particle.micro1());
        SortedChannel ch2 = SortedChannel.of(name, 2, particle.abs2(), particle.micro2());
        long origin = Math.min(ch1.abs()[0], ch2.abs()[0]);
        double duration = duration(name, particle.durationNs(), ch1, ch2, origin);
        int halfBins = params.halfBins();
        int m = 2 * halfBins + 1;
        double baseWidth = params.binNs() / 2;
        long[] base = new long[2 * m];
        long pairs = PairCounter.count(ch1, ch2, origin, params.difftimeNs(), baseWidth, m, base);
        return new Correlogram(base, baseWidth, halfBins, params.difftimeNs(), pairs,
                Exposure.of(ch1.size(), ch2.size(), duration));
    }

    /** Normalises, estimates g²(0) and fits, at the bin and window of {@code params}. */
    public CorrelationResult evaluate(Correlogram correlogram, CorrelationParameters params) {
        return new G2Evaluator(correlogram, params).evaluate(correlogram.exposure());
    }

    private static double duration(String name, double given, SortedChannel ch1, SortedChannel ch2, long origin) {
        if (!Double.isNaN(given)) {
            if (!(given > 0) || Double.isInfinite(given)) {
                throw new IllegalArgumentException(name + ": measurement duration must be > 0 ns, got " + given);
            }
            return given;
        }
        double first = Math.min(ch1.time(0, origin), ch2.time(0, origin));
        double last = Math.max(ch1.time(ch1.size() - 1, origin), ch2.time(ch2.size() - 1, origin));
        if (!(last > first)) {
            throw new IllegalArgumentException(name + ": all photons have the same time; the duration for the"
                    + " uncorrelated level is 0 (give the duration explicitly)");
        }
        return last - first;
    }
}
