package org.fullsms.io.tttr;

import java.util.List;

import org.fullsms.spi.PhotonImporter;
import org.osgi.service.component.annotations.Component;

/**
 * PicoQuant PTU/PT3/HT3/PT2/HT2 files as an importer service. Asked before the generic Full SMS HDF5 importer
 * (ranking 0): recognition is by content.
 */
@Component(service = PhotonImporter.class, name = "org.fullsms.io.tttr.picoquant", property = "service.ranking:Integer=10")
public final class PicoQuantImporter extends TttrImporter {

    /** Service id; sessions refer to it, so it never changes. */
    public static final String ID = "org.fullsms.io.tttr.picoquant";

    private final List<TttrDecoder> decoders = List.of(new PtuDecoder(), new PicoQuantLegacyDecoder());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "PicoQuant PTU/PT3/HT3/PT2/HT2";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.ptu", "*.pt3", "*.ht3", "*.pt2", "*.ht2");
    }

    @Override
    protected List<TttrDecoder> decoders() {
        return decoders;
    }
}
