package org.fullsms.io.hdf5;

/**
 * Options for {@link Hdf5Reader#open(java.nio.file.Path, ReadOptions)}.
 *
 * @param channelWidthOverrideNs a TCSPC channel width (ns) used for every particle of the file instead of the
 *                               inferred one, or {@code null} to infer it per particle
 */
public record ReadOptions(Double channelWidthOverrideNs) {

    public static final ReadOptions DEFAULTS = new ReadOptions(null);

    public ReadOptions {
        if (channelWidthOverrideNs != null
                && (!(channelWidthOverrideNs > 0) || Double.isInfinite(channelWidthOverrideNs))) {
            throw new IllegalArgumentException("channel width override must be positive: " + channelWidthOverrideNs);
        }
    }
}
