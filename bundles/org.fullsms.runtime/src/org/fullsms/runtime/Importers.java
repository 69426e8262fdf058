package org.fullsms.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.fullsms.model.Dataset;
import org.fullsms.spi.PhotonImporter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Finds the {@link PhotonImporter} services (ours and third parties') and opens files with the first that can
 * read them. An importer that throws an unchecked exception is isolated: its failure becomes a message.
 */
public final class Importers {

    private Importers() {
    }

    /** The registered importers, by id. */
    public static List<PhotonImporter> all() {
        Bundle bundle = FrameworkUtil.getBundle(Importers.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        try {
            Collection<ServiceReference<PhotonImporter>> refs = context.getServiceReferences(PhotonImporter.class, null);
            List<PhotonImporter> importers = new ArrayList<>();
            for (ServiceReference<PhotonImporter> ref : refs) {
                PhotonImporter importer = context.getService(ref);
                if (importer != null) {
                    importers.add(importer);
                }
            }
            importers.sort(Comparator.comparing(PhotonImporter::id));
            return importers;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // a null filter is always valid
        }
    }

    /** Opens a file with the first importer that can read it; the message names the file and the problem. */
    public static Dataset open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new IOException(file + ": not readable (check its permissions)");
        }
        List<PhotonImporter> importers = all();
        for (PhotonImporter importer : importers) {
            if (importer.canRead(file)) {
                try {
                    return importer.open(file);
                } catch (RuntimeException e) {
                    throw new IOException(file + ": the " + importer.label() + " importer failed: " + e, e);
                }
            }
        }
        if (importers.isEmpty()) {
            throw new IOException(file + ": no importer is installed");
        }
        throw new IOException(file + ": not a file Full SMS can read (known formats: "
                + String.join(", ", importers.stream().map(PhotonImporter::label).toList()) + ")");
    }
}
