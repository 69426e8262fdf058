package org.example.fullsms.photonlist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fullsms.model.ChannelInfo;
import org.fullsms.model.Dataset;
import org.fullsms.model.FormatVersion;
import org.fullsms.model.Lazy;
import org.fullsms.model.Particle;
import org.fullsms.model.ParticleAttributes;
import org.fullsms.model.PhotonDataException;
import org.fullsms.model.Photons;
import org.fullsms.spi.PhotonImporter;
import org.osgi.service.component.annotations.Component;

/**
 * Opens example photon lists ({@link PhotonListFile}): a first pass checks every line and counts each particle's
 * photons, so that a broken file is refused at once with the line that breaks it; each particle's photons are read
 * again from the file when Full SMS first needs them, so a large list is never held in memory as a whole.
 * <p>
 * Ranking 10, as the built-in instrument formats: the magic line makes recognition unambiguous, and being asked
 * before the generic Full SMS HDF5 importer (ranking 0) spares it a look at a text file.
 */
@Component(service = PhotonImporter.class, property = "service.ranking:Integer=10")
public final class PhotonListImporter implements PhotonImporter {

    /** Service id; sessions name the importer that read their file by it, so it never changes. */
    public static final String ID = "org.example.fullsms.photonlist";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Example photon list";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.photons.csv");
    }

    @Override
    public boolean canRead(Path file) {
        return PhotonListFile.hasMagic(file);
    }

    @Override
    public Dataset open(Path file) throws IOException {
        Map<Integer, Census> census = new TreeMap<>();
        PhotonListFile.read(file, (line, particle, macroNs, microNs) -> {
            Census c = census.computeIfAbsent(particle, n -> new Census());
            if (macroNs < c.lastMacroNs) {
                throw PhotonListFile.problem(file, line, "macro_ns " + macroNs + " is before particle " + particle
                        + "'s previous photon (" + c.lastMacroNs + " ns); each particle's times must not decrease");
            }
            c.lastMacroNs = macroNs;
            c.photons++;
        });
        List<String> warnings = new ArrayList<>();
        if (census.isEmpty()) {
            warnings.add(file.getFileName() + ": the list holds no photons");
        }
        List<Particle> particles = new ArrayList<>();
        for (Map.Entry<Integer, Census> e : census.entrySet()) {
            particles.add(particle(file, e.getKey(), e.getValue().photons));
        }
        FormatVersion version = new FormatVersion("example photon list " + PhotonListFile.VERSION,
                FormatVersion.NEWEST, true);
        return new Dataset(file, version, particles.size(), particles, List.of(), warnings, null);
    }

    private static Particle particle(Path file, int number, long count) throws IOException {
        if (count > Integer.MAX_VALUE) {
            throw new IOException(file + ": particle " + number + " has " + count
                    + " photons, more than one particle can hold (" + Integer.MAX_VALUE + ")");
        }
        return Particle.builder(number, 1)
                .attributes(ParticleAttributes.of(null, "particle " + number + " of " + file.getFileName(), null))
                .channelInfo(new ChannelInfo(1, "macro_ns of particle " + number, "micro_ns of particle " + number,
                        null, count, count, "text"))
                .photons(Lazy.of(() -> load(file, number, (int) count)))
                .build();
    }

    /** One particle's photons, read again from the file; {@code count} is what the first pass found. */
    private static Photons load(Path file, int number, int count) throws IOException {
        long[] macro = new long[count];
        double[] micro = new double[count];
        int[] found = { 0 };
        PhotonListFile.read(file, (line, particle, macroNs, microNs) -> {
            if (particle != number) {
                return;
            }
            if (found[0] == count) {
                throw changed(file, number, count);
            }
            macro[found[0]] = macroNs;
            micro[found[0]] = microNs;
            found[0]++;
        });
        if (found[0] != count) {
            throw changed(file, number, count);
        }
        return Photons.of(macro, micro);
    }

    private static PhotonDataException changed(Path file, int number, int count) {
        return new PhotonDataException(file.getFileName() + ": particle " + number + " had " + count
                + " photons when the file was opened but a different number now; the file changed");
    }

    /** What the first pass learns of one particle. */
    private static final class Census {
        long photons;
        long lastMacroNs;
    }
}
