package org.fullsms.io.tttr;

import java.util.List;

import org.fullsms.spi.PhotonImporter;
import org.osgi.service.component.annotations.Component;

/**
 * Photon-HDF5 files as an importer service. Asked before the generic Full SMS HDF5 importer (ranking 0):
 * recognition is by content.
 */
@Component(service = PhotonImporter.class, name = "org.fullsms.io.tttr.photonhdf5", property = "service.ranking:Integer=10")
public final class PhotonHdf5Importer extends TttrImporter {

    /** Service id; sessions refer to it, so it never changes. */
    public static final String ID = "org.fullsms.io.tttr.photonhdf5";

    private final List<TttrDecoder> decoders = List.of(new PhotonHdf5Decoder());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Photon-HDF5";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.h5", "*.hdf5");
    }

    @Override
    protected List<TttrDecoder> decoders() {
        return decoders;
    }
}
