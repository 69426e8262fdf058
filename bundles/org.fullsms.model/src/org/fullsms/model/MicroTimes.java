package org.fullsms.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The micro times of one channel's photons as integer TCSPC channels. A TCSPC card counts channels; files store
 * them as ns, as {@code k × width} converted from ps integers or printed with 10 significant digits, so a value
 * can sit a hair below its channel's edge. Dividing such floats when binning puts photons one channel early and
 * combs the decay; quantising once, at import, on the lattice the values lie on puts every photon in its channel.
 * <p>
 * Channel {@code k} covers {@code [k·w, (k+1)·w)} ns. The lattice is {@code φ + k·w} with the phase φ in
 * [−{@value #EDGE_TOLERANCE}·w, (1 − {@value #EDGE_TOLERANCE})·w): values written at channel edges, at channel
 * centres or with a few digits of noise all give the same channels, and a value closer than
 * {@value #EDGE_TOLERANCE} of a channel to an edge always lands in the channel that starts there. Values that are
 * not on one lattice are kept as floats ({@link #note()} says so); their channel is then found by division with
 * the same edge rule.
 * <p>
 * Channels are held as 16-bit values when they fit (2 bytes a photon instead of 8), else as {@code int}.
 * Non-finite micro times (NaN in a file) have no channel: {@link #channel(int)} returns {@link #NO_CHANNEL}.
 * Immutable and thread-safe; arrays are never exposed.
 */
public final class MicroTimes {

    /** The channel of a photon without a usable micro time. */
    public static final int NO_CHANNEL = -1;
    /** How close (in channels) to a lattice point a value must be, and how close to an edge it snaps. */
    public static final double EDGE_TOLERANCE = 1e-3;

    /** The 16-bit value that stands for {@link #NO_CHANNEL} in {@link #ofNarrowChannels}. */
    public static final char NARROW_NO_CHANNEL = Character.MAX_VALUE;
    private static final MicroTimes EMPTY = new MicroTimes(new char[0], null, null, ChannelWidth.DEFAULT_NS, 0,
            ChannelWidthInference.infer(new double[0]), null);

    private final char[] narrow;
    private final int[] wide;
    private final double[] floats;
    private final double widthNs;
    private final double phaseNs;
    private final ChannelWidth inferred;
    private final String note;

    private MicroTimes(char[] narrow, int[] wide, double[] floats, double widthNs, double phaseNs,
            ChannelWidth inferred, String note) {
        this.narrow = narrow;
        this.wide = wide;
        this.floats = floats;
        this.widthNs = widthNs;
        this.phaseNs = phaseNs;
        this.inferred = inferred;
        this.note = note;
    }

    /** No photons. */
    public static MicroTimes empty() {
        return EMPTY;
    }

    /**
     * Quantises micro times in ns on the lattice of the width inferred from them with the original's rule
     * ({@link ChannelWidthInference}); kept as floats when the values are not on that lattice.
     */
    public static MicroTimes quantise(double[] ns) {
        if (ns.length > INFERENCE_SAMPLE) {
            // The rule sorts twice (seconds for 10^7 photons); a lattice found in the first photons is checked
            // on all of them, and only data off that lattice pay for the rule on every value.
            ChannelWidth sampled = ChannelWidthInference.infer(Arrays.copyOf(ns, INFERENCE_SAMPLE));
            MicroTimes m = quantise(ns, sampled.ns(), sampled);
            if (m.isQuantised()) {
                return m;
            }
        }
        ChannelWidth inferred = ChannelWidthInference.infer(ns);
        return quantise(ns, inferred.ns(), inferred);
    }

    /** How many micro times the channel width is first inferred from. */
    static final int INFERENCE_SAMPLE = 1 << 17;

    /** Quantises micro times in ns on a lattice of the given width (known from how the data were made). */
    public static MicroTimes quantise(double[] ns, double widthNs) {
        return quantise(ns, widthNs, null);
    }

    /**
     * Micro times that are already channel numbers (a TCSPC record's dtime), e.g. from an instrument file.
     *
     * @param channels channel per photon, ≥ 0, or {@link #NO_CHANNEL}
     */
    public static MicroTimes ofChannels(int[] channels, double widthNs) {
        requireWidth(widthNs);
        for (int c : channels) {
            if (c < NO_CHANNEL) {
                throw new IllegalArgumentException("negative micro-time channel " + c);
            }
        }
        return packed(channels, widthNs, 0, ChannelWidth.declared(widthNs));
    }

    /**
     * Micro times already counted in channels below 65535 (every TCSPC card's dtime or ADC), kept as given
     * (not copied): an importer fills the array once and no wider array is ever made.
     *
     * @param channels channel per photon, or {@link #NARROW_NO_CHANNEL} for a photon without a micro time
     */
    public static MicroTimes ofNarrowChannels(char[] channels, double widthNs) {
        requireWidth(widthNs);
        return new MicroTimes(channels, null, null, widthNs, 0, ChannelWidth.declared(widthNs), null);
    }

    private static MicroTimes quantise(double[] ns, double widthNs, ChannelWidth given) {
        requireWidth(widthNs);
        ChannelWidth width = given != null ? given : ChannelWidth.declared(widthNs);
        double phase = phase(ns, widthNs);
        int[] channels = new int[ns.length];
        String problem = assign(ns, widthNs, phase, channels);
        if (problem != null && problem.startsWith(OFF_LATTICE)) {
            // A width inferred from values printed with 10 digits is off by ~1e-6 relative, which adds up to
            // a fraction of a channel over thousands of channels: refine width and phase on the lattice.
            double[] refined = refine(ns, widthNs, phase);
            if (refined != null && assign(ns, refined[0], refined[1], channels) == null) {
                String note = width.note() + ", refined on the lattice of the micro times";
                return packed(channels, refined[0], refined[1], new ChannelWidth(refined[0], width.source(),
                        width.candidates(), note));
            }
        }
        if (problem != null) {
            return new MicroTimes(null, null, ns, widthNs, 0, width, problem + ": kept as floats");
        }
        return packed(channels, widthNs, phase, width);
    }

    private static final String OFF_LATTICE = "micro times are not on a lattice";

    /** Fills {@code channels}; returns why the values are not on the lattice {@code phase + k·width}, or null. */
    private static String assign(double[] ns, double widthNs, double phase, int[] channels) {
        for (int i = 0; i < ns.length; i++) {
            double t = ns[i];
            if (!Double.isFinite(t)) {
                channels[i] = NO_CHANNEL;
                continue;
            }
            double position = (t - phase) / widthNs;
            double k = Math.rint(position);
            if (k < 0 || k >= Integer.MAX_VALUE) {
                return String.format(Locale.ROOT, "micro time %.6g ns has no channel of %.6g ns", t, widthNs);
            }
            if (Math.abs(position - k) > EDGE_TOLERANCE) {
                return String.format(Locale.ROOT, "%s of %.6g ns channels (%.6g ns is %.3g of a channel off)",
                        OFF_LATTICE, widthNs, t, Math.abs(position - k));
            }
            channels[i] = (int) k;
        }
        return null;
    }

    /**
     * Width and phase of the lattice by least squares of the values on their nearest channel numbers under the
     * first guess, the phase brought into the range {@link #phase} uses; null when the guess is too far off.
     */
    private static double[] refine(double[] ns, double widthNs, double phase) {
        double sumK = 0;
        double sumT = 0;
        long n = 0;
        for (double t : ns) {
            if (Double.isFinite(t)) {
                sumK += Math.rint((t - phase) / widthNs);
                sumT += t;
                n++;
            }
        }
        if (n < 2) {
            return null;
        }
        double meanK = sumK / n;
        double meanT = sumT / n;
        double kt = 0;
        double kk = 0;
        for (double t : ns) {
            if (Double.isFinite(t)) {
                double position = (t - phase) / widthNs;
                double k = Math.rint(position);
                if (Math.abs(position - k) > 0.25) {
                    return null;
                }
                kt += (k - meanK) * (t - meanT);
                kk += (k - meanK) * (k - meanK);
            }
        }
        if (!(kk > 0)) {
            return null;
        }
        double width = kt / kk;
        return width > 0 ? new double[] { width, inRange((meanT - width * meanK) / width) * width } : null;
    }

    private static MicroTimes packed(int[] channels, double widthNs, double phase, ChannelWidth inferred) {
        int max = NO_CHANNEL;
        for (int c : channels) {
            max = Math.max(max, c);
        }
        if (max < NARROW_NO_CHANNEL) {
            char[] narrow = new char[channels.length];
            for (int i = 0; i < channels.length; i++) {
                narrow[i] = channels[i] == NO_CHANNEL ? NARROW_NO_CHANNEL : (char) channels[i];
            }
            return new MicroTimes(narrow, null, null, widthNs, phase, inferred, null);
        }
        return new MicroTimes(null, channels, null, widthNs, phase, inferred, null);
    }

    /**
     * The lattice phase: the circular mean of the values' positions within a channel, from a sample, taken in
     * [−tolerance, 1 − tolerance) channels so that values at (or a hair below) channel edges have phase ≈ 0.
     */
    private static double phase(double[] ns, double widthNs) {
        int step = Math.max(1, ns.length / 4096);
        double sin = 0;
        double cos = 0;
        for (int i = 0; i < ns.length; i += step) {
            double t = ns[i];
            if (Double.isFinite(t)) {
                double angle = 2 * Math.PI * (t / widthNs - Math.floor(t / widthNs));
                sin += Math.sin(angle);
                cos += Math.cos(angle);
            }
        }
        if (sin == 0 && cos == 0) {
            return 0;
        }
        return inRange(Math.atan2(sin, cos) / (2 * Math.PI)) * widthNs;
    }

    /**
     * A phase in channels brought into [−tolerance, 1 − tolerance); rounding noise around 0 and ½ is removed so
     * that values written as exact multiples of the width come back bit for bit.
     */
    private static double inRange(double fraction) {
        double f = fraction - Math.floor(fraction);
        if (f >= 1 - EDGE_TOLERANCE) {
            f -= 1;
        }
        if (Math.abs(f) < 1e-9) {
            return 0;
        }
        return Math.abs(f - 0.5) < 1e-9 ? 0.5 : f;
    }

    private static void requireWidth(double widthNs) {
        if (!(widthNs > 0) || Double.isInfinite(widthNs)) {
            throw new IllegalArgumentException("channel width must be positive and finite: " + widthNs);
        }
    }

    /**
     * The channel of a micro time in ns on channels of {@code widthNs}: channel {@code k} covers
     * {@code [k·w, (k+1)·w)}, a value within {@value #EDGE_TOLERANCE} of a channel below an edge counts to the
     * channel that starts there; {@link #NO_CHANNEL} for non-finite or negative values.
     */
    public static int channelOf(double ns, double widthNs) {
        if (!Double.isFinite(ns)) {
            return NO_CHANNEL;
        }
        double k = Math.floor(ns / widthNs + EDGE_TOLERANCE);
        return k < 0 || k >= Integer.MAX_VALUE ? NO_CHANNEL : (int) k;
    }

    public int size() {
        return narrow != null ? narrow.length : wide != null ? wide.length : floats.length;
    }

    /** True when the values were quantised (or given as channels); false when they are kept as floats. */
    public boolean isQuantised() {
        return floats == null;
    }

    /** True when {@link #channel(int)} gives channels of {@code otherWidthNs} (same width within 10⁻⁹). */
    public boolean hasChannelWidth(double otherWidthNs) {
        return isQuantised() && Math.abs(otherWidthNs / widthNs - 1) < 1e-9;
    }

    /** The width of the channels (the lattice step; for floats, the inferred or given width). */
    public double widthNs() {
        return widthNs;
    }

    /** The channel width inferred from the values with the original's rule, or the given width. */
    public ChannelWidth inferredWidth() {
        return inferred;
    }

    /** The channel of photon {@code i} on channels of {@link #widthNs()}, or {@link #NO_CHANNEL}. */
    public int channel(int i) {
        if (narrow != null) {
            char c = narrow[i];
            return c == NARROW_NO_CHANNEL ? NO_CHANNEL : c;
        }
        return wide != null ? wide[i] : channelOf(floats[i], widthNs);
    }

    /** The channel of photon {@code i} on channels of {@code otherWidthNs}, or {@link #NO_CHANNEL}. */
    public int channelOn(int i, double otherWidthNs) {
        return hasChannelWidth(otherWidthNs) ? channel(i) : channelOf(ns(i), otherWidthNs);
    }

    /** The micro time of photon {@code i} in ns (the lattice value for quantised data); NaN when it has none. */
    public double ns(int i) {
        if (floats != null) {
            return floats[i];
        }
        int c = channel(i);
        return c == NO_CHANNEL ? Double.NaN : phaseNs + c * widthNs;
    }

    /** All micro times in ns, in a new array (for writers and the correlation, which add them to macro times). */
    public double[] toNs() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ns(i);
        }
        return out;
    }

    /** Why the values were kept as floats, when they were. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Bytes held (for memory accounting). */
    public long bytes() {
        return narrow != null ? 2L * narrow.length : wide != null ? 4L * wide.length : 8L * floats.length;
    }
}
