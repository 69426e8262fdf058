package org.fullsms.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import org.fullsms.runtime.ParticleBatch;
import org.fullsms.runtime.state.ParticleAnalysis;

/**
 * The JSON document of {@code fullsms analyze}, written particle by particle in particle order as the outcomes
 * arrive, so memory holds the particles in flight rather than the whole document. Global grouping adds to every
 * member's JSON after all particles are done: then the finished particles' JSON is parked in a temporary file
 * ({@link JsonSpill}) until {@link #finish}. Each particle's failed stages go to {@code err} when its JSON is
 * written. The results themselves are in the analysis state; without a session or exports to make of them, a
 * particle's are forgotten as soon as its JSON is written or parked.
 */
final class AnalyzeDocument implements AutoCloseable {

    private final JsonOutput output;
    private final boolean holdJson;
    private final boolean keepResults;
    private final PrintStream err;
    private final List<ParticleBatch.Outcome<ParticleAnalysis, ParticleAnalyzer.Report>> held = new ArrayList<>();
    private final JsonSpill spill;
    private boolean anyAnalysed;

    /**
     * Writes the document's head.
     *
     * @param holdJson    park each particle's JSON until {@link #finish} (global grouping adds to it)
     * @param keepResults keep the analysed particles' results in the analysis state (sessions, exports)
     */
    AnalyzeDocument(JsonOutput output, String file, JsonObject settings, boolean holdJson, boolean keepResults,
            PrintStream err) throws CliException {
        this.output = output;
        this.holdJson = holdJson;
        this.keepResults = keepResults;
        this.err = err;
        try {
            spill = holdJson ? new JsonSpill() : null;
        } catch (IOException e) {
            throw new CliException("a temporary file for the analysis JSON could not be made: " + e.getMessage(), e);
        }
        try {
            output.writer().beginObject().name("file").value(file).name("settings");
            output.write(settings);
            output.writer().name("particles").beginArray();
        } catch (IOException e) {
            throw output.failure(e);
        }
    }

    void add(ParticleBatch.Outcome<ParticleAnalysis, ParticleAnalyzer.Report> o) throws CliException {
        if (o.ok()) {
            anyAnalysed |= o.value().stages().anyOk();
        } else {
            // Its analysis broke off: the session and exports leave it out, as a particle not selected.
            o.item().setSelected(false);
        }
        if (holdJson) {
            if (o.ok()) {
                try {
                    spill.append(o.value().json());
                } catch (IOException e) {
                    throw new CliException("the analysis JSON could not be parked in a temporary file: "
                            + e.getMessage(), e);
                }
                o = new ParticleBatch.Outcome<>(o.item(), o.value().withoutJson(), null);
            }
            held.add(o);
        } else {
            write(o);
        }
        if (!keepResults) {
            o.item().clearResults();
        }
    }

    /**
     * The analysed particles whose JSON is parked (with {@code holdJson}), with their reports, in particle order:
     * what global grouping works on.
     */
    Map<ParticleAnalysis, ParticleAnalyzer.Report> parked() {
        Map<ParticleAnalysis, ParticleAnalyzer.Report> parked = new LinkedHashMap<>();
        held.stream().filter(ParticleBatch.Outcome::ok).forEach(o -> parked.put(o.item(), o.value()));
        return parked;
    }

    boolean anyAnalysed() {
        return anyAnalysed;
    }

    /**
     * Writes the parked particles and the document's end.
     *
     * @param globalGrouping each global-grouping member's "grouping" JSON, by particle (empty without one)
     */
    void finish(Map<ParticleAnalysis, JsonObject> globalGrouping) throws CliException {
        try {
            for (ParticleBatch.Outcome<ParticleAnalysis, ParticleAnalyzer.Report> o : held) {
                if (o.ok()) {
                    JsonObject json = spill.next();
                    JsonObject grouping = globalGrouping.get(o.item());
                    if (grouping != null) {
                        json.add("grouping", grouping);
                    }
                    writeAnalysed(o.item().particle().name(), json, o.value());
                } else {
                    write(o);
                }
            }
        } catch (IOException e) {
            throw new CliException("the parked analysis JSON could not be read back: " + e.getMessage(), e);
        }
        held.clear();
        try {
            output.writer().endArray().endObject();
        } catch (IOException e) {
            throw output.failure(e);
        }
        output.finish();
    }

    private void write(ParticleBatch.Outcome<ParticleAnalysis, ParticleAnalyzer.Report> o) throws CliException {
        String name = o.item().particle().name();
        if (o.ok()) {
            writeAnalysed(name, o.value().json(), o.value());
        } else {
            output.write(brokeOff(o));
            err.println(Cli.oneLine(name + ": analysis failed: " + o.error()));
        }
    }

    /** The JSON of a particle whose analysis broke off: its name, channel and the error. */
    static JsonObject brokeOff(ParticleBatch.Outcome<ParticleAnalysis, ?> o) {
        JsonObject failed = new JsonObject();
        failed.addProperty("name", o.item().particle().name());
        failed.addProperty("channel", o.item().particle().channel());
        failed.addProperty("error", o.error());
        return failed;
    }

    private void writeAnalysed(String name, JsonObject json, ParticleAnalyzer.Report report) throws CliException {
        json.add("stages", report.stages().json());
        output.write(json);
        report.stages().lines(name).forEach(line -> err.println(Cli.oneLine(line)));
    }

    /** Deletes the parked JSON. */
    @Override
    public void close() throws CliException {
        if (spill != null) {
            try {
                spill.close();
            } catch (IOException e) {
                throw new CliException("the temporary analysis JSON could not be deleted: " + e.getMessage(), e);
            }
        }
    }
}
