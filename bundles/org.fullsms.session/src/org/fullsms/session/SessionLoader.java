package org.fullsms.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.model.Dataset;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.spi.ImportOptions;

/**
 * Opens a session in one call for headless use (the command line, exports): reads the file, finds the HDF5 file,
 * checks it, opens it with the caller's reader and restores the analysis. The workbench, which keeps its datasets
 * in {@code OpenDatasets}, uses the same steps through {@link SessionReader}, {@link DataFiles} and
 * {@link SessionApplier}.
 */
public final class SessionLoader {

    /**
     * Opens a data file as the session's options say (e.g. {@code Importers::open}): an instrument file's channels
     * are laid out as particles as they were when the session was saved.
     */
    @FunctionalInterface
    public interface DatasetOpener {
        Dataset open(Path file, ImportOptions options) throws IOException;
    }

    /**
     * A restored session.
     *
     * @param document the file's content
     * @param session  the analysis, restored, of the opened dataset (the caller closes its dataset)
     * @param dataFile the HDF5 file used
     * @param warnings what the user should know (file moved or changed, migrated schema, …)
     */
    public record Loaded(SessionDocument document, AnalysisSession session, Path dataFile, List<String> warnings) {

        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private SessionLoader() {
    }

    /**
     * Loads a session, looking for its data file where it was, beside the session and at its old absolute path.
     *
     * @throws DataFileNotFoundException when the data file is nowhere to be found (it lists where it looked; ask
     *                                   the user and call {@link #load(Path, Path, DatasetOpener)})
     * @throws SessionFormatException    when the session file cannot be read
     * @throws SessionMismatchException  when the session does not fit the data file
     */
    public static Loaded load(Path sessionFile, DatasetOpener opener) throws IOException {
        SessionDocument doc = SessionReader.read(sessionFile);
        DataFiles.Location location = DataFiles.require(sessionFile, doc.dataFile());
        List<String> notes = new ArrayList<>();
        if (location.moved()) {
            notes.add("data file " + doc.dataFile().fileName() + " was not where the session expected it; using "
                    + location.file());
        }
        return restore(doc, location.file(), opener, notes);
    }

    /** Loads a session with a data file the user chose. */
    public static Loaded load(Path sessionFile, Path dataFile, DatasetOpener opener) throws IOException {
        return restore(SessionReader.read(sessionFile), dataFile, opener, new ArrayList<>());
    }

    private static Loaded restore(SessionDocument doc, Path dataFile, DatasetOpener opener, List<String> notes)
            throws IOException {
        List<String> warnings = new ArrayList<>(doc.warnings());
        warnings.addAll(notes);
        warnings.addAll(DataFiles.verify(dataFile, doc.dataFile()));
        Dataset dataset = opener.open(dataFile, new ImportOptions(doc.dataFile().channels()));
        try {
            AnalysisSession session = new AnalysisSession(dataset);
            warnings.addAll(SessionApplier.apply(doc, session));
            return new Loaded(doc, session, dataFile, warnings);
        } catch (IOException | RuntimeException e) {
            dataset.close();
            throw e;
        }
    }
}
