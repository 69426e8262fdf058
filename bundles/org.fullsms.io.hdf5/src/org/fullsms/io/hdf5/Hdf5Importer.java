package org.fullsms.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.fullsms.model.Dataset;
import org.fullsms.spi.PhotonImporter;
import org.osgi.service.component.annotations.Component;

/**
 * The Full SMS HDF5 importer as an extension service. Ranking 0: asked after the importers that recognise a format
 * by its content (an HDF5-based format ranks higher).
 */
@Component(service = PhotonImporter.class, name = "org.fullsms.io.hdf5.importer", property = "service.ranking:Integer=0")
public final class Hdf5Importer implements PhotonImporter {

    /** Service id; sessions refer to it, so it never changes. */
    public static final String ID = "org.fullsms.io.hdf5";

    private final Hdf5Reader reader = new Hdf5Reader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Full SMS HDF5";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.h5", "*.hdf5");
    }

    @Override
    public boolean canRead(Path file) {
        return reader.canRead(file);
    }

    @Override
    public Dataset open(Path file) throws IOException {
        return reader.open(file);
    }
}
