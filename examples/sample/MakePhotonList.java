import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a sample "example photon list" (see ../README.md): blinking emitters that switch between an on state
 * (8000 counts/s, lifetime 3 ns) and an off state (300 counts/s, lifetime 0.8 ns) with exponentially distributed
 * dwell times (mean 80 ms on, 120 ms off), micro times on a 16 ps TCSPC lattice. The same seed gives the same file.
 * Run with the JDK's source launcher, no build needed:
 *
 * <pre>
 * java examples/sample/MakePhotonList.java OUT.photons.csv [PARTICLES=2] [SECONDS=4] [SEED=1]
 * </pre>
 */
public final class MakePhotonList {

    private static final double[] RATE_CPS = { 300, 8000 };
    private static final double[] LIFETIME_NS = { 0.8, 3.0 };
    private static final double[] MEAN_DWELL_S = { 0.120, 0.080 };
    private static final double CHANNEL_NS = 0.016;
    private static final double PERIOD_NS = 50;

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 4) {
            System.err.println("usage: java MakePhotonList.java OUT.photons.csv [PARTICLES=2] [SECONDS=4] [SEED=1]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int particles = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 4;
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 1);
        List<List<String>> lines = new ArrayList<>();
        for (int p = 1; p <= particles; p++) {
            lines.add(emitter(p, seconds * 1e9, random));
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.print("# fullsms example photon list 1\n");
            w.print("particle,macro_ns,micro_ns\n");
            // one particle after the other: the format also allows interleaved lines, which this file does not need
            for (List<String> particle : lines) {
                for (String line : particle) {
                    w.print(line);
                    w.print('\n');
                }
            }
        }
    }

    /** One emitter's photon lines, starting in the on state. */
    private static List<String> emitter(int number, double durationNs, Random random) {
        List<String> lines = new ArrayList<>();
        int state = 1;
        double t = 0;
        double switchAt = exponential(random, MEAN_DWELL_S[state] * 1e9);
        while (true) {
            t += exponential(random, 1e9 / RATE_CPS[state]);
            while (t >= switchAt) {
                // a photon wait that crosses a switch restarts at the switch (the process is memoryless)
                t = switchAt + exponential(random, 1e9 / RATE_CPS[1 - state]);
                state = 1 - state;
                switchAt += exponential(random, MEAN_DWELL_S[state] * 1e9);
            }
            if (t >= durationNs) {
                return lines;
            }
            double micro = Math.floor((exponential(random, LIFETIME_NS[state]) % PERIOD_NS) / CHANNEL_NS) * CHANNEL_NS;
            lines.add(number + "," + Math.round(t) + "," + String.format(Locale.ROOT, "%.3f", micro));
        }
    }

    private static double exponential(Random random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
