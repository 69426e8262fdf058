package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fullsms.model.ChannelInfo;
import org.fullsms.model.ChannelWidth;
import org.fullsms.model.Dataset;
import org.fullsms.model.DetectorChannel;
import org.fullsms.model.FormatVersion;
import org.fullsms.model.Lazy;
import org.fullsms.model.MicroTimes;
import org.fullsms.model.Particle;
import org.fullsms.model.ParticleAttributes;
import org.fullsms.model.PhotonDataException;
import org.fullsms.model.Photons;
import org.fullsms.model.RasterScan;
import org.fullsms.spi.ImportOptions;
import org.fullsms.spi.PhotonImporter;

/**
 * Opens time-tagged instrument files directly: the family's decoder recognises the file by content, a first pass
 * counts photons per channel (and builds the scan image when the header describes one), and each particle's
 * photons are decoded from the file on first use — the records are never held in memory. Subclasses name the
 * family and its decoders (each a DS component, declared by its {@code @Component} annotation).
 */
public abstract class TttrImporter implements PhotonImporter {

    private static final int HEAD_BYTES = 4096;

    /** The family's decoders, most specific first. */
    protected abstract List<TttrDecoder> decoders();

    @Override
    public boolean canRead(Path file) {
        return decoderFor(file) != null;
    }

    @Override
    public Dataset open(Path file) throws IOException {
        return open(file, ImportOptions.DEFAULTS);
    }

    @Override
    public Dataset open(Path file, ImportOptions options) throws IOException {
        TttrDecoder decoder = decoderFor(file);
        if (decoder == null) {
            throw new TttrFormatException(file, "not a " + label() + " file");
        }
        TttrHeader header = decoder.readHeader(file);
        ChannelCensus census = new ChannelCensus();
        ImageScan image = header.image() != null ? new ImageScan(header) : null;
        DecodeSummary summary = decoder.decode(file, header, image == null ? census : both(census, image));
        List<String> warnings = new ArrayList<>(header.warnings());
        warnings.addAll(summary.warnings());
        if (census.channels().isEmpty()) {
            warnings.add(file.getFileName() + ": the file holds no photons");
        }
        RasterScan scan = null;
        if (image != null && image.lines() > 0) {
            scan = image.toRasterScan(card(header));
        } else if (image != null) {
            warnings.add(file.getFileName() + ": the header describes a " + header.image().pixelsX() + "×"
                    + header.image().pixelsY() + " image but no line markers were found; the image is left out");
        }
        ChannelLayout layout = ChannelLayout.of(options, census.channels(), file);
        List<Particle> particles = new ArrayList<>();
        int number = 1;
        for (int[] ids : layout.particles()) {
            Particle secondary = ids.length > 1 ? particle(file, decoder, header, census, scan, number, 2, ids[1], null)
                    : null;
            particles.add(particle(file, decoder, header, census, scan, number, 1, ids[0], secondary));
            number++;
        }
        FormatVersion version = new FormatVersion(header.format(), FormatVersion.NEWEST, true);
        List<DetectorChannel> channels = census.channels().stream()
                .map(c -> new DetectorChannel(c, census.photons(c))).toList();
        return new Dataset(file, version, particles.size(), particles, scan == null ? List.of() : List.of(scan),
                warnings, null, channels, layout.spec());
    }

    private static Particle particle(Path file, TttrDecoder decoder, TttrHeader header, ChannelCensus census,
            RasterScan scan, int number, int channel, int id, Particle secondary) {
        long count = census.photons(id);
        String name = file.getFileName().toString();
        Particle.Builder b = Particle.builder(number, channel)
                .attributes(ParticleAttributes.of(null, "channel " + id + " of " + name, null))
                .channelInfo(new ChannelInfo(channel, "channel " + id + " macro times",
                        "channel " + id + " micro times", card(header), count, count, header.format()))
                .photons(Lazy.of(() -> load(file, decoder, header, id, count)))
                .rasterScan(scan);
        if (header.hasMicroTimes()) {
            b.declaredChannelWidth(header.microResolutionNs());
        } else {
            b.warning("T2 data (time tags without micro times): decay and lifetime need T3 data");
        }
        if (secondary != null) {
            b.secondary(secondary);
        }
        return b.build();
    }

    private static Photons load(Path file, TttrDecoder decoder, TttrHeader header, int id, long count)
            throws IOException {
        ChannelPhotons photons = new ChannelPhotons(id, header.macroUnitNs(), count);
        decoder.decode(file, header, photons);
        if (photons.count() != count) {
            throw new PhotonDataException(file.getFileName() + ": channel " + id + " had " + count
                    + " photons when the file was opened but " + photons.count() + " now; the file changed");
        }
        double width = header.hasMicroTimes() ? header.microResolutionNs() : ChannelWidth.DEFAULT_NS;
        return Photons.of(photons.absoluteNs(), MicroTimes.ofNarrowChannels(photons.micro(), width), List.of());
    }

    /** The B&amp;H module or PicoQuant hardware the header names, shown as the particle's card. */
    private static String card(TttrHeader header) {
        Map<String, String> tags = header.tags();
        for (String key : List.of("Module", "HW_Type", "HardwareIdent")) {
            if (tags.containsKey(key)) {
                return tags.get(key);
            }
        }
        return null;
    }

    private TttrDecoder decoderFor(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ByteBuffer head = ByteBuffer.allocate(HEAD_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (head.hasRemaining() && ch.read(head) > 0) {
                // fill the head or reach the end of a short file
            }
        } catch (IOException e) {
            return null;
        }
        head.flip();
        for (TttrDecoder d : decoders()) {
            if (d.recognises(file, head.duplicate().order(ByteOrder.LITTLE_ENDIAN))) {
                return d;
            }
        }
        return null;
    }

    private static TttrRecordVisitor both(TttrRecordVisitor a, TttrRecordVisitor b) {
        return new TttrRecordVisitor() {
            @Override
            public void photon(int channel, long macroTicks, int microChannel) {
                a.photon(channel, macroTicks, microChannel);
                b.photon(channel, macroTicks, microChannel);
            }

            @Override
            public void marker(long macroTicks, int bits) {
                a.marker(macroTicks, bits);
                b.marker(macroTicks, bits);
            }
        };
    }
}
