package org.fullsms.runtime.export;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.export.ExportKind;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.export.ExportTarget;
import org.fullsms.spi.export.Exporter;

/**
 * The original's files (REFERENCE §9) as {@link Exporter} services, found and run like any extension's. They write
 * more than the API's {@link ParticleData} shows (fits with their decays, grouping steps, global grouping), so they
 * work on the platform's own target and analysis state and refuse any other.
 */
abstract class BuiltInExporter implements Exporter {

    private static final Map<String, Supplier<Exporter>> BUILT_IN = Map.of(CsvExporter.ID, CsvExporter::new,
            PlotsExporter.ID, PlotsExporter::new, ParquetExporter.ID, ParquetExporter::new);

    /** The kinds written particle by particle (with photons) and those written once for all particles. */
    abstract Set<ExportKind> perParticle();

    abstract Set<ExportKind> datasetWide();

    @Override
    public final void export(List<ParticleData> particles, ExportTarget target, IProgressMonitor monitor)
            throws IOException {
        if (!(target instanceof FolderTarget folder)) {
            throw new IOException(label() + " writes only into an export of Full SMS itself");
        }
        ExportWiring.writeBuiltIn(folder, perParticle(), datasetWide());
    }

    /** A built-in exporter made directly, where no service registry runs (plain unit tests). */
    static Optional<Exporter> outsideOsgi(String id) {
        return Optional.ofNullable(BUILT_IN.get(id)).map(Supplier::get);
    }

    static Set<ExportKind> none() {
        return EnumSet.noneOf(ExportKind.class);
    }
}
