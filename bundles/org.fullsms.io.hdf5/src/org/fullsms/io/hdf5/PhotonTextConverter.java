package org.fullsms.io.hdf5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;
import org.fullsms.model.ParticleAttributes;
import org.fullsms.model.Photons;

/**
 * Converts the original's text inputs into a dataset, one particle per input file, as its Tools > Convert
 * does: a CSV with one header line and two columns (macro and micro times in ns), or a plain list of macro
 * times in ns (one per line or comma-separated; micro times are then set to 0 ns and the description says
 * so). A folder stands for its files, in natural order of the number in their names. Write the result with
 * {@link Hdf5Writer#write}. Stateless and thread-safe.
 */
public final class PhotonTextConverter {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)(?!.*\\d)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy h:mm a",
            Locale.ENGLISH);

    /**
     * Reads the inputs (files, or folders standing for their visible regular files) into an in-memory dataset.
     *
     * @throws IOException naming the file and line of the first bad input; nothing is converted then
     */
    public Dataset convert(List<Path> inputs, IProgressMonitor monitor) throws IOException {
        List<Path> files = expand(inputs);
        if (files.isEmpty()) {
            throw new IOException("no input files in " + inputs);
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Converting " + files.size() + " files", files.size());
        List<Particle> particles = new ArrayList<>(files.size());
        for (Path f : files) {
            sub.split(1).setTaskName(f.getFileName().toString());
            particles.add(readParticle(f, particles.size() + 1));
        }
        return Dataset.inMemory(particles, List.of(), List.of());
    }

    /** One input file as "Particle {@code number}". */
    public Particle readParticle(Path file, int number) throws IOException {
        TextPhotonParser.Parsed parsed = TextPhotonParser.parse(Files.readAllBytes(file), file.toString());
        double[] micro = parsed.micro() != null ? parsed.micro() : new double[parsed.macro().length];
        String description = "Converted from " + file.getFileName()
                + (parsed.micro() == null ? " (macro times only; micro times set to 0 ns)" : "");
        String date = DATE.format(Files.getLastModifiedTime(file).toInstant().atZone(ZoneId.systemDefault()));
        Particle.Builder b = Particle.builder(number, 1)
                .attributes(ParticleAttributes.of(date, description, System.getProperty("user.name", "")))
                .photons(Photons.of(parsed.macro(), micro));
        if (parsed.macro().length < 2) {
            b.warning(parsed.macro().length == 0 ? "no photons" : "only 1 photon: nothing can be analysed");
        }
        return b.build();
    }

    /** Files in the given order; a folder's files sorted by the last number in their names, then by name. */
    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparingLong(PhotonTextConverter::lastNumber)
                                    .thenComparing(p -> p.getFileName().toString()))
                            .forEach(out::add);
                }
            } else if (Files.isRegularFile(in)) {
                out.add(in);
            } else {
                throw new IOException(in + ": no such file or folder");
            }
        }
        return out;
    }

    private static long lastNumber(Path p) {
        Matcher m = NUMBER.matcher(p.getFileName().toString());
        if (!m.find()) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
