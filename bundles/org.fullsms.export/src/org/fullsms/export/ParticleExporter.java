package org.fullsms.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The export entry point: writes every requested export of a list of particles into a folder, with the
 * original's file and column names (REFERENCE §9, docs/exports.md). All file names are decided first; unless
 * overwriting, an existing target stops the export before anything is written. Each file is then written to a
 * temporary file in its folder and moved into place, so no half-written file is ever visible; the first failure
 * stops the export with an {@link ExportException} naming the file (files written before it stay, and the folder
 * stays marked incomplete, see {@link ExportFolder}). Stateless and thread-safe.
 */
public final class ParticleExporter {

    public static final String ID = "export";
    public static final String VERSION = "1.0.0";

    /**
     * @param request folder, particles and options
     * @param monitor progress in files; cancel throws {@code OperationCanceledException} between files
     * @throws ExportException naming the file that could not be written, or the folder
     */
    public ExportReport run(ExportRequest request, IProgressMonitor monitor) throws ExportException {
        ExportFolder folder = ExportFolder.of(request.folder());
        ExportReport report = run(folder, request, monitor);
        folder.complete();
        return report;
    }

    /**
     * One part of an export that takes several runs into the same folder; the caller calls
     * {@link ExportFolder#complete()} after the last part, so an export stopped in between stays marked incomplete.
     *
     * @param exportFolder the export's folder, the one the request names
     */
    public ExportReport run(ExportFolder exportFolder, ExportRequest request, IProgressMonitor monitor)
            throws ExportException {
        Path folder = exportFolder.path();
        if (!folder.equals(request.folder().toAbsolutePath())) {
            throw new IllegalArgumentException("the request's folder " + request.folder() + " is not " + folder);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ExportException(folder, "is not a folder", null);
        }
        ExportPlan plan = ExportPlan.of(request);
        boolean overwrite = exportFolder.overwrite(request.options().overwrite());
        Set<Path> seen = new HashSet<>();
        for (ExportPlan.Planned f : plan.files) {
            Path target = folder.resolve(f.relative());
            if (!seen.add(target)) {
                throw new ExportException(target, "would be written twice (two particles with this name?)", null);
            }
            if (!overwrite && Files.exists(target)) {
                throw new ExportException(target, "exists and overwrite is off; nothing was written", null);
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Export: " + request.particles().size() + " particles",
                plan.files.size());
        List<Path> written = new ArrayList<>(plan.files.size());
        for (ExportPlan.Planned f : plan.files) {
            progress.split(1);
            exportFolder.beforeWrite();
            ExportFiles.write(folder.resolve(f.relative()), f.content(), overwrite);
            written.add(f.relative());
        }
        return new ExportReport(written, plan.skipped);
    }
}
