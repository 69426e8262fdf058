package org.fullsms.cli.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.fullsms.analysis.correlation.CorrelationAnalysis;
import org.fullsms.analysis.correlation.CorrelationParameters;
import org.fullsms.analysis.correlation.Correlogram;
import org.fullsms.analysis.correlation.TwoChannelPhotons;

/**
 * Times the second-order correlation on 1e6 simulated photons, ±500 ns, 0.5 ns bins (goal ≤ 0.04 s; the
 * original takes ~0.85 s CPU on the same stream size): a pulsed single emitter like the reference case
 * ab05 (50 kcps, ~12 000 pairs) and a high-rate stream like ab12 (2.8 Mcps, ~0.7 pairs per photon).
 */
public final class CorrelationBenchmark implements Benchmark {

    private static final int PHOTONS = 1_000_000;

    @Override
    public String id() {
        return "correlation";
    }

    @Override
    public String description() {
        return "g2 correlation of 1e6 photons, window ±500 ns, bin 0.5 ns (goal <= 40 ms)";
    }

    @Override
    public void run(BenchmarkRun run) throws Exception {
        CorrelationAnalysis engine = new CorrelationAnalysis();
        CorrelationParameters params = CorrelationParameters.defaults().withPeriodNs(50);
        measure(run, engine, params, "50 kcps pulsed", pulsed(1, 50, 0.0025, 300, PHOTONS));
        measure(run, engine, params.withPeriodNs(25), "2.8 Mcps pulsed + background",
                pulsed(2, 25, 0.02, 1e6, PHOTONS));
    }

    private static void measure(BenchmarkRun run, CorrelationAnalysis engine, CorrelationParameters params,
            String label, TwoChannelPhotons photons) throws Exception {
        int n = photons.count1() + photons.count2();
        Correlogram[] last = new Correlogram[1];
        run.time("correlate " + label + ", " + n + " photons", 5, 21,
                () -> last[0] = engine.correlate(photons, params));
        run.time("evaluate g2 + g2(0) + fit, " + label, 3, 11, () -> engine.evaluate(last[0], params));
        run.time("evaluate g2 + g2(0), no fit, " + label, 3, 11,
                () -> engine.evaluate(last[0], params.withFit(false)));
        long bins = last[0].baseCounts().length;
        run.note("pairs / kept memory, " + label, String.format(Locale.ROOT,
                "%d pairs; %d base bins = %d kB (a delay list would be %d kB)", last[0].pairs(), bins,
                bins * Long.BYTES / 1024, last[0].pairs() * Double.BYTES / 1024));
    }

    /**
     * A pulsed single emitter (lifetime 3 ns, 3 ns after each pulse) behind a 50/50 splitter plus uniform
     * background, until {@code photons} photons: times split into whole ns (absolute) and fraction (micro).
     */
    static TwoChannelPhotons pulsed(long seed, double periodNs, double pDetect, double backgroundCps, int photons) {
        SplittableRandom random = new SplittableRandom(seed);
        double signalPerNs = pDetect / periodNs;
        double backgroundPerNs = 2 * backgroundCps * 1e-9;
        double durationNs = photons / (signalPerNs + backgroundPerNs);
        double[] t = new double[photons + photons / 10];
        int count = 0;
        double logMiss = Math.log1p(-pDetect);
        for (long k = 0;; k++) {
            k += (long) Math.floor(Math.log(1 - random.nextDouble()) / logMiss);
            double time = k * periodNs + 3 - 3 * Math.log(1 - random.nextDouble());
            if (time >= durationNs || count == t.length) {
                break;
            }
            t[count++] = time;
        }
        for (double time = 0; backgroundPerNs > 0 && count < t.length;) {
            time -= Math.log(1 - random.nextDouble()) / backgroundPerNs;
            if (time >= durationNs) {
                break;
            }
            t[count++] = time;
        }
        // Channel by a fair coin: a random split of the signal and the background photons.
        double[] ch1 = new double[count];
        double[] ch2 = new double[count];
        int n1 = 0;
        int n2 = 0;
        for (int i = 0; i < count; i++) {
            if (random.nextBoolean()) {
                ch1[n1++] = t[i];
            } else {
                ch2[n2++] = t[i];
            }
        }
        return channels(Arrays.copyOf(ch1, n1), Arrays.copyOf(ch2, n2), durationNs);
    }

    private static TwoChannelPhotons channels(double[] t1, double[] t2, double durationNs) {
        Arrays.sort(t1);
        Arrays.sort(t2);
        long[] abs1 = new long[t1.length];
        double[] micro1 = new double[t1.length];
        long[] abs2 = new long[t2.length];
        double[] micro2 = new double[t2.length];
        split(t1, abs1, micro1);
        split(t2, abs2, micro2);
        return new TwoChannelPhotons("benchmark", abs1, micro1, abs2, micro2, durationNs);
    }

    private static void split(double[] t, long[] abs, double[] micro) {
        for (int i = 0; i < t.length; i++) {
            abs[i] = (long) Math.floor(t[i]);
            micro[i] = t[i] - abs[i];
        }
    }
}
