package org.fullsms.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.fullsms.model.DetectorChannel;
import org.fullsms.spi.ImportOptions;

/**
 * Asks how an instrument file's detector channels become particles when it is opened. The workbench asks with
 * {@link ChannelsDialog}; a test can put another choice into the application context.
 */
@FunctionalInterface
public interface ChannelChoice {

    /**
     * @param file     the file being opened
     * @param channels its channels with photons (two or more)
     * @return the layout chosen, or empty when the user cancelled the opening
     */
    Optional<ImportOptions> choose(Path file, List<DetectorChannel> channels);
}
