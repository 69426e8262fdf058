package org.fullsms.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.fullsms.analysis.filter.LevelFiltering;
import org.fullsms.analysis.filter.Normalisation;
import org.fullsms.runtime.codec.CriticalValuesResolver;
import org.fullsms.runtime.json.Json;
import org.fullsms.runtime.state.LifetimeSetup;

/**
 * The whole document: header keys first ({@code format}, {@code schemaVersion}) so that a reader can tell a
 * session, and its version, from the first bytes; then the data file, engines, settings, UI state, lifetime
 * setup, particles, global grouping and level filtering.
 */
final class DocumentCodec {

    /** Value of the {@code format} key that marks a Full SMS session file. */
    static final String FORMAT = "fullsms-session";

    private DocumentCodec() {
    }

    static void write(JsonWriter out, SessionDocument d) throws IOException {
        out.beginObject();
        out.name("format").value(FORMAT);
        out.name("schemaVersion").value(d.schemaVersion());
        out.name("writtenBy").value(d.writtenBy());
        out.name("savedAt").value(d.savedAt());
        DataFileRef f = d.dataFile();
        out.name("dataFile").beginObject();
        out.name("relativePath").value(f.relativePath());
        out.name("absolutePath").value(f.absolutePath());
        out.name("fileName").value(f.fileName());
        out.name("sizeBytes").value(f.sizeBytes());
        out.name("sha256").value(f.sha256());
        if (f.channels() != null) { // optional: sessions of Full SMS files read as before
            out.name("channels").value(f.channels());
        }
        out.endObject();
        out.name("engines").beginArray();
        for (EngineRef e : d.engines()) {
            out.beginObject().name("id").value(e.id()).name("version").value(e.version()).endObject();
        }
        out.endArray();
        Json.stringMap(out.name("settings"), d.settings());
        Json.stringMap(out.name("uiState"), d.uiState());
        LifetimeSetupCodec.write(out.name("lifetimeSetup"), d.lifetime());
        out.name("particles").beginArray();
        for (ParticleState p : d.particles()) {
            ParticleCodec.write(out, p);
        }
        out.endArray();
        GlobalGroupingCodec.write(out.name("globalGrouping"), d.globalGrouping());
        if (d.filtering().isSet()) { // optional: sessions without filters read as before
            FilteringCodec.write(out.name("filtering"), d.filtering());
        }
        out.endObject();
    }

    /**
     * Reads the rest of a document of the current schema whose opening brace has been consumed (and possibly its
     * {@code format} and {@code schemaVersion} keys, which are skipped here), up to and including the closing
     * brace.
     */
    static SessionDocument readBody(JsonReader in, int migratedFrom, List<String> notes) throws IOException {
        CriticalValuesResolver tables = new CriticalValuesResolver();
        String writtenBy = "";
        String savedAt = "";
        DataFileRef dataFile = null;
        List<EngineRef> engines = List.of();
        Map<String, String> settings = Map.of();
        Map<String, String> uiState = Map.of();
        LifetimeSetup lifetime = null;
        List<ParticleState> particles = null;
        GlobalGroupingState global = null;
        LevelFiltering filtering = LevelFiltering.NONE;
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "writtenBy" -> writtenBy = Json.string(in);
                case "savedAt" -> savedAt = Json.string(in);
                case "dataFile" -> dataFile = readDataFile(in);
                case "engines" -> engines = readEngines(in);
                case "settings" -> settings = Json.stringMap(in);
                case "uiState" -> uiState = Json.stringMap(in);
                case "lifetimeSetup" -> lifetime = LifetimeSetupCodec.read(in);
                case "particles" -> particles = readParticles(in, tables);
                case "globalGrouping" -> global = GlobalGroupingCodec.read(in);
                case "filtering" -> filtering = FilteringCodec.read(in);
                default -> in.skipValue();
            }
        }
        Json.need(dataFile, "dataFile", in);
        Json.need(particles, "particles", in);
        Set<String> names = new HashSet<>();
        particles.forEach(p -> names.add(p.name()));
        if (global != null) {
            for (String member : global.members()) {
                if (!names.contains(member)) {
                    throw Json.badObject(in, "the global grouping names " + member + ", which is not among the particles");
                }
            }
        }
        if (filtering.normalisation() != null) {
            for (Normalisation.Entry e : filtering.normalisation().entries()) {
                if (!names.contains(e.particle())) {
                    throw Json.badObject(in, "the normalisation names " + e.particle()
                            + ", which is not among the particles");
                }
            }
        }
        in.endObject();
        List<String> warnings = new ArrayList<>(notes);
        warnings.addAll(tables.warnings());
        return new SessionDocument(SessionReader.CURRENT_VERSION, migratedFrom, writtenBy, savedAt, dataFile, engines,
                particles, global, lifetime, settings, uiState, warnings, filtering);
    }

    private static List<ParticleState> readParticles(JsonReader in, CriticalValuesResolver tables)
            throws IOException {
        List<ParticleState> particles = new ArrayList<>();
        Set<String> names = new HashSet<>();
        in.beginArray();
        while (in.hasNext()) {
            ParticleState p = ParticleCodec.read(in, tables);
            if (!names.add(p.name())) {
                throw Json.bad(in, p.name() + " is saved twice");
            }
            particles.add(p);
        }
        in.endArray();
        return particles;
    }

    private static DataFileRef readDataFile(JsonReader in) throws IOException {
        String relative = null;
        String absolute = null;
        String name = null;
        Long size = null;
        String sha = null;
        String channels = null;
        in.beginObject();
        while (in.hasNext()) {
            switch (in.nextName()) {
                case "relativePath" -> relative = Json.stringOrNull(in);
                case "absolutePath" -> absolute = Json.string(in);
                case "fileName" -> name = Json.string(in);
                case "sizeBytes" -> size = Json.longInteger(in);
                case "sha256" -> sha = Json.string(in);
                case "channels" -> channels = Json.string(in);
                default -> in.skipValue();
            }
        }
        DataFileRef f = new DataFileRef(relative, Json.need(absolute, "absolutePath", in),
                Json.need(name, "fileName", in), Json.need(size, "sizeBytes", in), Json.need(sha, "sha256", in),
                channels);
        in.endObject();
        return f;
    }

    private static List<EngineRef> readEngines(JsonReader in) throws IOException {
        List<EngineRef> engines = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            String id = null;
            String version = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "id" -> id = Json.string(in);
                    case "version" -> version = Json.string(in);
                    default -> in.skipValue();
                }
            }
            engines.add(new EngineRef(Json.need(id, "id", in), Json.need(version, "version", in)));
            in.endObject();
        }
        in.endArray();
        return engines;
    }
}
