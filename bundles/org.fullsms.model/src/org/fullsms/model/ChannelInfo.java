package org.fullsms.model;

/**
 * Where and how a channel's photons are stored (metadata known without reading the photons).
 *
 * @param channel         1 or 2
 * @param absDataset      name of the absolute-times dataset ("Absolute Times (ns)", "Absolute Times 2 (ns)")
 * @param microDataset    name of the micro-times dataset ("Micro Times (ns)", "Micro Times (s)" in old files)
 * @param bhCard          the "bh Card" attribute, or {@code null}
 * @param photons         number of photons stored (dataset length)
 * @param declaredPhotons the "# Photons" attribute, or -1 when absent
 * @param layout          storage layout ("contiguous", "chunked (1024), deflate, shuffle", "in memory")
 */
public record ChannelInfo(int channel, String absDataset, String microDataset, String bhCard, long photons,
        long declaredPhotons, String layout) {

    public ChannelInfo {
        if (channel != 1 && channel != 2) {
            throw new IllegalArgumentException("channel must be 1 or 2: " + channel);
        }
    }

    /** Dataset names a channel has in a v1.08 file. */
    public static String absDatasetName(int channel) {
        return channel == 1 ? "Absolute Times (ns)" : "Absolute Times 2 (ns)";
    }

    /** Dataset names a channel has in a v1.08 file. */
    public static String microDatasetName(int channel) {
        return channel == 1 ? "Micro Times (ns)" : "Micro Times 2 (ns)";
    }

    /** Metadata for photons held in memory. */
    public static ChannelInfo inMemory(int channel, long photons, String bhCard) {
        return new ChannelInfo(channel, absDatasetName(channel), microDatasetName(channel), bhCard, photons, photons,
                "in memory");
    }
}
