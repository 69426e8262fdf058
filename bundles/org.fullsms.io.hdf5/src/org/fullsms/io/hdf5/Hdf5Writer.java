package org.fullsms.io.hdf5;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.fullsms.model.AtomicFile;
import org.fullsms.model.Dataset;
import org.fullsms.model.FormatVersion;
import org.fullsms.model.Particle;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;

/**
 * Writes Full SMS HDF5 v1.08 files (read by h5py and the original program). The file is written to a
 * temporary file in the target's folder and then moved into place ({@link AtomicFile}), so a failure never leaves a half-written
 * target; the source of the data is never written and cannot be the target. Particle groups are numbered
 * 1…N in the order given. jHDF builds the whole file at close, so the photons of every particle written are in
 * memory together. Stateless and thread-safe.
 */
public final class Hdf5Writer {

    /** Writes every particle of a dataset (for example one made by the simulator or a converter). */
    public WriteResult write(Dataset dataset, Path target, WriteOptions options, IProgressMonitor monitor)
            throws IOException {
        return saveParticles(dataset, dataset.particles(), target, options, monitor);
    }

    /**
     * "Save selected particles to a new file": copies the selected particles of an open dataset into a new
     * file. A selected secondary ("Particle N_2") brings its primary group, with both channels. Particles whose
     * data are unusable are left out with a warning. Photons read for this are released again afterwards when
     * they were not loaded before.
     *
     * @throws IOException when the target is the dataset's source, exists without {@code overwrite}, or cannot
     *                     be written; the target is then unchanged
     */
    public WriteResult saveParticles(Dataset source, Collection<Particle> selected, Path target, WriteOptions options,
            IProgressMonitor monitor) throws IOException {
        Path absoluteTarget = target.toAbsolutePath().normalize();
        refuseSource(source, absoluteTarget);
        if (Files.exists(absoluteTarget) && !options.overwrite()) {
            throw new FileAlreadyExistsException(absoluteTarget.toString(), null, "the target exists (overwrite not allowed)");
        }
        Set<Particle> primaries = new LinkedHashSet<>();
        for (Particle p : source.particles()) {
            if (selected.contains(p) || p.secondary().filter(selected::contains).isPresent()) {
                primaries.add(p);
            }
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Writing " + absoluteTarget.getFileName(), primaries.size() + 1);
        List<Particle> loadedHere = new ArrayList<>();
        try (AtomicFile atomic = AtomicFile.open(absoluteTarget, options.overwrite())) {
            WriteResult result;
            try (WritableHdfFile file = HdfFile.write(atomic.temporary())) { // jHDF builds the file by name
                result = new ParticleGroupWriter(file, options).writeAll(primaries, loadedHere, sub, absoluteTarget);
                file.removeAttribute("_jHDF");
                file.putAttribute("# Particles", result.particles());
                file.putAttribute("Version", FormatVersion.NEWEST);
            }
            sub.split(1);
            atomic.commit();
            return result;
        } catch (RuntimeException e) { // jHDF reports write failures unchecked
            if (e instanceof OperationCanceledException) {
                throw e;
            }
            throw new IOException(absoluteTarget + ": could not be written (" + JhdfErrors.describe(e) + ")", e);
        } finally {
            loadedHere.forEach(Particle::releasePhotons);
        }
    }

    private static void refuseSource(Dataset source, Path target) throws IOException {
        if (source.source().isEmpty()) {
            return;
        }
        Path src = source.source().get().toAbsolutePath().normalize();
        if (src.equals(target) || (Files.exists(target) && Files.isSameFile(src, target))) {
            throw new IOException(target + ": is the file the data come from; choose another file (the source is"
                    + " never overwritten)");
        }
    }

}
