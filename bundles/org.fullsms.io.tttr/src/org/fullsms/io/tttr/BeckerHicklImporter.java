package org.fullsms.io.tttr;

import java.util.List;

import org.fullsms.spi.PhotonImporter;
import org.osgi.service.component.annotations.Component;

/**
 * Becker &amp; Hickl SPC files as an importer service. Asked before the generic Full SMS HDF5 importer (ranking
 * 0): recognition is by content.
 */
@Component(service = PhotonImporter.class, name = "org.fullsms.io.tttr.beckerhickl", property = "service.ranking:Integer=10")
public final class BeckerHicklImporter extends TttrImporter {

    /** Service id; sessions refer to it, so it never changes. */
    public static final String ID = "org.fullsms.io.tttr.beckerhickl";

    private final List<TttrDecoder> decoders = List.of(new BeckerHicklSpcDecoder());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Becker & Hickl SPC";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.spc");
    }

    @Override
    protected List<TttrDecoder> decoders() {
        return decoders;
    }
}
