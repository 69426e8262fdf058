package org.fullsms.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One measured particle channel. A particle group of a file gives a primary particle ("Particle N", channel 1)
 * and, when the group has a second TCSPC channel, a secondary particle ("Particle N_2", channel 2) that shares
 * the attributes, spectra, raster scan and intensity trace of the primary.
 * <p>
 * Metadata are fixed at construction. The photons are read on first use ({@link #photons()}), thread-safely,
 * and can be released ({@link #releasePhotons()}). A particle whose data are unusable carries an
 * {@link #error()}: asking for its photons throws {@link PhotonDataException}; other particles are unaffected.
 */
public final class Particle {

    /** How usable a particle is. */
    public enum Outcome {
        OK, WARNING, ERROR
    }

    private final int number;
    private final String name;
    private final int channel;
    private final ParticleAttributes attributes;
    private final ChannelInfo channelInfo;
    private final Lazy<Photons> photons;
    private final Spectra spectra;
    private final RasterScan rasterScan;
    private final IntensityTrace intensityTrace;
    private final String openError;
    private final List<String> openWarnings;
    private final Particle secondary;
    private final ChannelWidth declaredWidth;
    private volatile ChannelWidth override;
    private volatile ChannelWidth inferred;
    private volatile List<String> loadWarnings = List.of();

    private Particle(Builder b) {
        this.number = b.number;
        this.channel = b.channel;
        this.name = "Particle " + b.number + (b.channel == 2 ? "_2" : "");
        this.attributes = b.attributes;
        this.channelInfo = b.channelInfo;
        this.photons = b.photons;
        this.spectra = b.spectra;
        this.rasterScan = b.rasterScan;
        this.intensityTrace = b.intensityTrace;
        this.openError = b.error;
        this.openWarnings = List.copyOf(b.warnings);
        this.secondary = b.secondary;
        this.declaredWidth = b.declaredWidth;
        this.override = b.override;
        if (channelInfo == null || channelInfo.channel() != channel) {
            throw new IllegalArgumentException(name + ": channel info missing or for another channel");
        }
        if (photons == null && openError == null) {
            throw new IllegalArgumentException(name + ": needs photons or an error");
        }
        if (secondary != null && (channel != 1 || secondary.channel != 2 || secondary.number != number)) {
            throw new IllegalArgumentException(name + ": secondary must be channel 2 of the same number");
        }
    }

    public static Builder builder(int number, int channel) {
        return new Builder(number, channel);
    }

    /** The particle number N of "Particle N". */
    public int number() {
        return number;
    }

    /** "Particle N" or "Particle N_2". */
    public String name() {
        return name;
    }

    /** 1, or 2 for a secondary particle. */
    public int channel() {
        return channel;
    }

    public boolean isSecondary() {
        return channel == 2;
    }

    /** The channel-2 particle of a primary, when the group has a second channel. */
    public Optional<Particle> secondary() {
        return Optional.ofNullable(secondary);
    }

    public ParticleAttributes attributes() {
        return attributes;
    }

    public String description() {
        return attributes.descriptionOrEmpty();
    }

    public ChannelInfo channelInfo() {
        return channelInfo;
    }

    /** Number of photons stored, known without reading them. */
    public long photonCount() {
        return channelInfo.photons();
    }

    /**
     * The photons, read on first use.
     *
     * @throws PhotonDataException when the particle's data are unusable (see {@link #error()})
     * @throws IOException         when reading failed for another reason (a later call retries)
     */
    public Photons photons() throws IOException {
        if (openError != null) {
            throw new PhotonDataException(openError);
        }
        Photons p = photons.get();
        loadWarnings = p.warnings();
        return p;
    }

    public boolean arePhotonsLoaded() {
        return photons != null && photons.isLoaded();
    }

    /** Frees the photon arrays of a file-backed particle; they are read again on the next use. */
    public void releasePhotons() {
        if (photons != null) {
            photons.release();
        }
    }

    public Optional<Spectra> spectra() {
        return Optional.ofNullable(spectra);
    }

    public Optional<RasterScan> rasterScan() {
        return Optional.ofNullable(rasterScan);
    }

    public Optional<IntensityTrace> intensityTrace() {
        return Optional.ofNullable(intensityTrace);
    }

    /** Why the particle cannot be used: found at open, or when its photons were read. */
    public Optional<String> error() {
        if (openError != null) {
            return Optional.of(openError);
        }
        PhotonDataException failure = photons.failure();
        return failure == null ? Optional.empty() : Optional.of(failure.getMessage());
    }

    /**
     * Warnings: those found at open, those found when the photons were read (known once they have been), and
     * a channel-width fallback once the width has been worked out.
     */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(openWarnings);
        all.addAll(loadWarnings);
        ChannelWidth w = inferred;
        if (override == null && w != null && w.isFallback()) {
            all.add("channel width could not be inferred (" + w.note() + ")");
        }
        return List.copyOf(all);
    }

    public Outcome outcome() {
        if (error().isPresent()) {
            return Outcome.ERROR;
        }
        return warnings().isEmpty() ? Outcome.OK : Outcome.WARNING;
    }

    /**
     * The TCSPC channel width: the override if set, else the width declared by the data's maker, else the one
     * inferred from the micro times when they were quantised (reads the photons once; the result is kept
     * after they are released).
     */
    public ChannelWidth channelWidth() throws IOException {
        ChannelWidth w = override;
        if (w != null) {
            return w;
        }
        if (declaredWidth != null) {
            return declaredWidth;
        }
        w = inferred;
        if (w == null) {
            w = photons().micro().inferredWidth();
            inferred = w;
        }
        return w;
    }

    /** The channel width if it is known without reading photons. */
    public Optional<ChannelWidth> channelWidthIfKnown() {
        ChannelWidth w = override;
        if (w == null) {
            w = declaredWidth != null ? declaredWidth : inferred;
        }
        return Optional.ofNullable(w);
    }

    /** Sets (positive ns) or clears ({@code null}) the user's channel width for this particle. */
    public void setChannelWidthOverride(Double ns) {
        override = ns == null ? null : ChannelWidth.override(ns);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Assembles a particle; the reader, the simulator and the converters use it. */
    public static final class Builder {
        private final int number;
        private final int channel;
        private ParticleAttributes attributes = ParticleAttributes.NONE;
        private ChannelInfo channelInfo;
        private Lazy<Photons> photons;
        private Spectra spectra;
        private RasterScan rasterScan;
        private IntensityTrace intensityTrace;
        private String error;
        private final List<String> warnings = new ArrayList<>();
        private Particle secondary;
        private ChannelWidth declaredWidth;
        private ChannelWidth override;

        private Builder(int number, int channel) {
            if (number < 0) {
                throw new IllegalArgumentException("particle number must not be negative: " + number);
            }
            this.number = number;
            this.channel = channel;
        }

        public Builder attributes(ParticleAttributes a) {
            this.attributes = a == null ? ParticleAttributes.NONE : a;
            return this;
        }

        public Builder channelInfo(ChannelInfo info) {
            this.channelInfo = info;
            return this;
        }

        public Builder photons(Lazy<Photons> lazy) {
            this.photons = lazy;
            return this;
        }

        /** In-memory photons; also sets in-memory channel info unless set before. */
        public Builder photons(Photons p) {
            this.photons = Lazy.ofValue(p);
            if (channelInfo == null) {
                channelInfo = ChannelInfo.inMemory(channel, p.size(), null);
            }
            return this;
        }

        public Builder spectra(Spectra s) {
            this.spectra = s;
            return this;
        }

        public Builder rasterScan(RasterScan r) {
            this.rasterScan = r;
            return this;
        }

        public Builder intensityTrace(IntensityTrace t) {
            this.intensityTrace = t;
            return this;
        }

        /** Marks the particle unusable; its photons are then never read. */
        public Builder error(String message) {
            this.error = message;
            return this;
        }

        public Builder warning(String message) {
            warnings.add(message);
            return this;
        }

        public Builder secondary(Particle p) {
            this.secondary = p;
            return this;
        }

        /** A width known from how the data were made (simulator, converter option). */
        public Builder declaredChannelWidth(double ns) {
            this.declaredWidth = ChannelWidth.declared(ns);
            return this;
        }

        /** A user override (for example the per-file override of the reader). */
        public Builder channelWidthOverride(Double ns) {
            this.override = ns == null ? null : ChannelWidth.override(ns);
            return this;
        }

        public Particle build() {
            return new Particle(this);
        }
    }
}
