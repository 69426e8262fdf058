package org.fullsms.analysis.simulation;

import java.util.List;

/**
 * What to simulate. Build with {@link #builder()}; every value has a default.
 *
 * @param particles          number of particles
 * @param durationS          measurement duration of each particle (s)
 * @param seed               the seed: equal parameters give identical output
 * @param states             explicit emitter states for every particle, or empty to draw {@code stateCount}
 *                           states per particle from the seed (2–20 kcps, lifetimes growing with intensity)
 * @param stateCount         2–4 states when drawn
 * @param exponentials       1–3 decay components when drawn
 * @param dwell              state dwell times
 * @param irf                instrument response
 * @param backgroundCps      uncorrelated background photons per second (flat in micro time), all channels
 * @param channelWidthNs     TCSPC channel width (ns); micro times are whole multiples of it
 * @param channels           TCSPC channels; the micro-time window is {@code channels × channelWidthNs}
 * @param pulsePeriodNs      laser repetition period (ns), at least the window
 * @param secondChannel      split photons 50/50 onto a second TCSPC card ("Particle N_2")
 * @param channel2DelayNs    extra micro-time delay of the second card (cable), rounded to whole channels
 * @param deadTimeNs         detector/card dead time per channel (≥ 1 ns, keeps absolute times increasing)
 * @param spectra            add spectra (time × wavelength)
 * @param spectraExposureS   exposure per spectrum (s)
 * @param rasterScan         add one raster scan shared by all particles
 * @param date               the "Date" attribute written
 */
public record SimulationParameters(int particles, double durationS, long seed, List<EmitterState> states,
        int stateCount, int exponentials, DwellTimes dwell, Irf irf, double backgroundCps, double channelWidthNs,
        int channels, double pulsePeriodNs, boolean secondChannel, double channel2DelayNs, double deadTimeNs,
        boolean spectra, double spectraExposureS, boolean rasterScan, String date) {

    public SimulationParameters {
        require(particles >= 1, "particles must be >= 1");
        require(durationS > 0 && Double.isFinite(durationS), "duration must be > 0 s");
        states = List.copyOf(states);
        require(!states.isEmpty() || (stateCount >= 2 && stateCount <= 4), "2 to 4 states");
        require(exponentials >= 1 && exponentials <= 3, "1 to 3 exponentials");
        require(dwell != null && irf != null, "dwell times and IRF are required");
        require(backgroundCps >= 0, "background must be >= 0 cps");
        require(channelWidthNs > 0 && channels >= 2, "channel width > 0 and at least 2 channels");
        require(pulsePeriodNs >= channels * channelWidthNs * (1 - 1e-12), "pulse period must cover the TCSPC window");
        require(channel2DelayNs >= 0, "channel 2 delay must be >= 0");
        require(deadTimeNs >= 1, "dead time must be >= 1 ns");
        require(!spectra || spectraExposureS > 0, "spectra exposure must be > 0 s");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The TCSPC window (ns). */
    public double windowNs() {
        return channels * channelWidthNs;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: 1 particle, 10 s, seed 1, 2 drawn states, 1 exponential, exponential dwell 1 s, Gaussian IRF
     * at 2 ns with 0.15 ns FWHM, 50 cps background, 2048 channels of 0.01220703125 ns (25 ns), 25 ns period,
     * one channel, 100 ns dead time. */
    public static final class Builder {
        private int particles = 1;
        private double durationS = 10;
        private long seed = 1;
        private List<EmitterState> states = List.of();
        private int stateCount = 2;
        private int exponentials = 1;
        private DwellTimes dwell = DwellTimes.exponential(1);
        private Irf irf = Irf.gaussian(2, 0.15);
        private double backgroundCps = 50;
        private double channelWidthNs = 0.01220703125;
        private int channels = 2048;
        private double pulsePeriodNs = 25;
        private boolean secondChannel;
        private double channel2DelayNs = 1.4;
        private double deadTimeNs = 100;
        private boolean spectra;
        private double spectraExposureS = 0.1;
        private boolean rasterScan;
        private String date = "Monday, January 1, 2024 12:00 PM";

        public Builder particles(int v) { particles = v; return this; }
        public Builder durationS(double v) { durationS = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder states(List<EmitterState> v) { states = v; return this; }
        public Builder stateCount(int v) { stateCount = v; return this; }
        public Builder exponentials(int v) { exponentials = v; return this; }
        public Builder dwell(DwellTimes v) { dwell = v; return this; }
        public Builder irf(Irf v) { irf = v; return this; }
        public Builder backgroundCps(double v) { backgroundCps = v; return this; }
        public Builder channelWidthNs(double v) { channelWidthNs = v; return this; }
        public Builder channels(int v) { channels = v; return this; }
        public Builder pulsePeriodNs(double v) { pulsePeriodNs = v; return this; }
        public Builder secondChannel(boolean v) { secondChannel = v; return this; }
        public Builder channel2DelayNs(double v) { channel2DelayNs = v; return this; }
        public Builder deadTimeNs(double v) { deadTimeNs = v; return this; }
        public Builder spectra(boolean v) { spectra = v; return this; }
        public Builder spectraExposureS(double v) { spectraExposureS = v; return this; }
        public Builder rasterScan(boolean v) { rasterScan = v; return this; }
        public Builder date(String v) { date = v; return this; }

        public SimulationParameters build() {
            return new SimulationParameters(particles, durationS, seed, states, stateCount, exponentials, dwell, irf,
                    backgroundCps, channelWidthNs, channels, pulsePeriodNs, secondChannel, channel2DelayNs,
                    deadTimeNs, spectra, spectraExposureS, rasterScan, date);
        }
    }
}
