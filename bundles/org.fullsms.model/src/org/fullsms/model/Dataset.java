package org.fullsms.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An opened Full SMS file (or data made in memory): its particles in natural order, the unique raster scans
 * and the file-level warnings. A file-backed dataset keeps the file open for lazy photon reading until
 * {@link #close()}.
 */
public final class Dataset implements AutoCloseable {

    private final Path source;
    private final FormatVersion version;
    private final int declaredParticleCount;
    private final List<Particle> particles;
    private final List<RasterScan> rasterScans;
    private final List<String> warnings;
    private final AutoCloseable resource;
    private final List<DetectorChannel> detectorChannels;
    private final String channelLayout;

    /**
     * @param source                the file, or {@code null} for data made in memory
     * @param version               the format version as stored and interpreted
     * @param declaredParticleCount the "# Particles" attribute, or -1 when absent
     * @param particles             primary particles in natural order (secondaries hang off them)
     * @param rasterScans           unique raster scans, indexed by {@link RasterScan#index()}
     * @param warnings              file-level warnings
     * @param resource              closed by {@link #close()} (the open file), or {@code null}
     */
    public Dataset(Path source, FormatVersion version, int declaredParticleCount, List<Particle> particles,
            List<RasterScan> rasterScans, List<String> warnings, AutoCloseable resource) {
        this(source, version, declaredParticleCount, particles, rasterScans, warnings, resource, List.of(), null);
    }

    /**
     * A file whose detector channels were laid out as particles by its importer.
     *
     * @param detectorChannels the file's channels with photons (empty for files of particle groups)
     * @param channelLayout    how they became particles ("each", "A" or "A,B"; see the importer options), or
     *                         null for files of particle groups
     */
    public Dataset(Path source, FormatVersion version, int declaredParticleCount, List<Particle> particles,
            List<RasterScan> rasterScans, List<String> warnings, AutoCloseable resource,
            List<DetectorChannel> detectorChannels, String channelLayout) {
        for (Particle p : particles) {
            if (p.isSecondary()) {
                throw new IllegalArgumentException(p.name() + " is a secondary particle: give its primary");
            }
        }
        this.source = source;
        this.version = version;
        this.declaredParticleCount = declaredParticleCount;
        this.particles = List.copyOf(particles);
        this.rasterScans = List.copyOf(rasterScans);
        this.warnings = List.copyOf(warnings);
        this.resource = resource;
        this.detectorChannels = List.copyOf(detectorChannels);
        this.channelLayout = channelLayout;
    }

    /** The instrument file's detector channels with photons; empty for files of particle groups. */
    public List<DetectorChannel> detectorChannels() {
        return detectorChannels;
    }

    /** How the detector channels became particles ("each", "A", "A,B"), or empty for files of particle groups. */
    public Optional<String> channelLayout() {
        return Optional.ofNullable(channelLayout);
    }

    /** Data made in memory (simulator, converters): version 1.08, no file behind it. */
    public static Dataset inMemory(List<Particle> particles, List<RasterScan> rasterScans, List<String> warnings) {
        return new Dataset(null, FormatVersion.IN_MEMORY, particles.size(), particles, rasterScans, warnings, null);
    }

    /** The file the data come from; empty for data made in memory. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    public FormatVersion version() {
        return version;
    }

    /** The "# Particles" attribute, or -1 when absent. */
    public int declaredParticleCount() {
        return declaredParticleCount;
    }

    /** Primary particles ("Particle N") in natural numeric order. */
    public List<Particle> particles() {
        return particles;
    }

    /** Every particle, each primary followed by its secondary "Particle N_2" when it has one. */
    public List<Particle> allParticles() {
        List<Particle> all = new ArrayList<>(particles.size() * 2);
        for (Particle p : particles) {
            all.add(p);
            p.secondary().ifPresent(all::add);
        }
        return List.copyOf(all);
    }

    /** The particle ("Particle 3" or "Particle 3_2") with that name. */
    public Optional<Particle> particle(String name) {
        for (Particle p : allParticles()) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Unique raster scans (consecutive identical copies counted once). */
    public List<RasterScan> rasterScans() {
        return rasterScans;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Sets (ns) or clears ({@code null}) the channel-width override of every particle. */
    public void setChannelWidthOverride(Double ns) {
        for (Particle p : allParticles()) {
            p.setChannelWidthOverride(ns);
        }
    }

    /** Releases every particle's photons and spectra matrix. */
    public void releaseAll() {
        for (Particle p : allParticles()) {
            p.releasePhotons();
            p.spectra().ifPresent(Spectra::release);
        }
    }

    /** Closes the file; photons not yet read can then no longer be read. */
    @Override
    public void close() throws IOException {
        if (resource != null) {
            try {
                resource.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
