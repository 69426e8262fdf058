package org.fullsms.io.tttr;

import java.util.List;

/** Photon-HDF5 files as an importer service (declared in OSGI-INF/photonhdf5.xml). */
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
