package org.fullsms.io.hdf5;

import java.util.List;

import org.fullsms.model.ChannelInfo;
import org.fullsms.model.Particle;
import org.fullsms.model.ParticleAttributes;
import org.fullsms.model.RasterScan;

/** Turns what a group reader found into a primary particle and, for a second channel, its secondary. */
final class ParticleAssembly {

    private ParticleAssembly() {
    }

    static Particle build(GroupReader.GroupData d, RasterScan raster, Double widthOverride) {
        Particle secondary = null;
        if (d.channel2() != null) {
            secondary = particle(d, d.channel2(), raster, widthOverride, List.of()).build();
        }
        return particle(d, d.channel1(), raster, widthOverride, d.warnings()).secondary(secondary).build();
    }

    private static Particle.Builder particle(GroupReader.GroupData d, ChannelReader.Result ch, RasterScan raster,
            Double widthOverride, List<String> groupWarnings) {
        Particle.Builder b = Particle.builder(d.number(), ch.info().channel()).attributes(d.attributes())
                .channelInfo(ch.info()).spectra(d.spectra()).rasterScan(raster).intensityTrace(d.trace())
                .channelWidthOverride(widthOverride);
        if (ch.error() != null) {
            b.error(ch.error());
        } else {
            b.photons(ch.photons());
        }
        groupWarnings.forEach(b::warning);
        ch.warnings().forEach(b::warning);
        return b;
    }

    /** A group that could not be read at all. */
    static GroupReader.GroupData broken(int number, String error) {
        ChannelInfo info = new ChannelInfo(1, ChannelInfo.absDatasetName(1), ChannelInfo.microDatasetName(1), null, 0,
                -1, "unknown");
        ChannelReader.Result ch1 = new ChannelReader.Result(info, null, error, List.of());
        return new GroupReader.GroupData(number, ParticleAttributes.NONE, ch1, null, null, null, null, List.of());
    }
}
