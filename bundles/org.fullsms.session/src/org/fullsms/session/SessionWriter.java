package org.fullsms.session;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import com.google.gson.stream.JsonWriter;

import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.model.AtomicFile;

/**
 * Writes session files atomically ({@link AtomicFile}): the JSON is streamed into a temporary file in the target's
 * folder, forced to disk, then moved over the target in one step. A crash or error at any point leaves the previous file as it was
 * (a stray {@code .NAME.*.tmp} file at worst). The HDF5 file is only read, for its size and checksum.
 */
public final class SessionWriter {

    /** The {@code writtenBy} value when the caller gives none. */
    public static final String DEFAULT_WRITER = "Full SMS (Java)";

    private static final int BUFFER = 1 << 16;

    private SessionWriter() {
    }

    /** Writes {@code snapshot} to {@code target} as {@link #DEFAULT_WRITER}; returns what was written. */
    public static SessionDocument write(SessionSnapshot snapshot, Path target) throws IOException {
        return write(snapshot, target, DEFAULT_WRITER);
    }

    /** Writes {@code snapshot} to {@code target}, naming the program (e.g. "Full SMS 0.1.0"). */
    public static SessionDocument write(SessionSnapshot snapshot, Path target, String writtenBy) throws IOException {
        return write(snapshot, target, writtenBy, UnaryOperator.identity());
    }

    /** As above; {@code wrap} decorates the file's output stream (tests use it to fail or slow the write). */
    static SessionDocument write(SessionSnapshot snapshot, Path target, String writtenBy,
            UnaryOperator<OutputStream> wrap) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        SessionDocument doc = document(snapshot,
                DataFiles.describe(snapshot.dataFile(), dir).withChannels(snapshot.channelLayout()), writtenBy);
        try (AtomicFile atomic = AtomicFile.open(file, true)) {
            Writer text = new BufferedWriter(new OutputStreamWriter(wrap.apply(atomic.stream()), StandardCharsets.UTF_8),
                    BUFFER);
            JsonWriter out = new JsonWriter(text);
            DocumentCodec.write(out, doc);
            out.flush();
            atomic.commitDurably();
        }
        return doc;
    }

    /** The document for a snapshot: current schema, now, the engines its results name. */
    static SessionDocument document(SessionSnapshot s, DataFileRef dataFile, String writtenBy) {
        return new SessionDocument(SessionReader.CURRENT_VERSION, SessionReader.CURRENT_VERSION, writtenBy,
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), dataFile,
                engines(s.particles(), s.globalGrouping()), s.particles(),
                s.globalGrouping(), s.lifetime(), s.settings(), s.uiState(), List.of(), s.filtering());
    }

    /** Every engine id and version found in the snapshot's results, sorted. */
    static List<EngineRef> engines(List<ParticleState> particles, GlobalGroupingState global) {
        TreeSet<EngineRef> engines = new TreeSet<>();
        for (ParticleState p : particles) {
            if (p.changePoints() != null) {
                engines.add(new EngineRef(p.changePoints().engineId(), p.changePoints().engineVersion()));
            }
            if (p.grouping() != null) {
                engines.add(new EngineRef(p.grouping().engineId(), p.grouping().engineVersion()));
            }
            for (FitResult f : p.fits().values()) {
                engines.add(new EngineRef(f.engine(), f.version()));
            }
            if (p.correlation() != null) {
                engines.add(new EngineRef(p.correlation().engineId(), p.correlation().engineVersion()));
            }
        }
        if (global != null) {
            GroupingResult g = global.result().combined();
            engines.add(new EngineRef(g.engineId(), g.engineVersion()));
        }
        return List.copyOf(engines);
    }

}
