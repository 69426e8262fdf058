package org.fullsms.runtime.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import org.fullsms.model.Particle;
import org.fullsms.runtime.ParticleBatch;

/**
 * The JSON document of {@code fullsms analyze}, written particle by particle in particle order as the outcomes
 * arrive, so memory holds the particles in flight rather than the whole document. Only global grouping, which
 * adds to every member's JSON after all particles are done, makes it hold the particles' JSON until
 * {@link #finish()}. Each particle's failed stages go to {@code err} when its JSON is written.
 */
final class AnalyzeDocument {

    private final JsonOutput output;
    private final boolean holdJson;
    private final boolean keepResults;
    private final PrintStream err;
    private final List<ParticleBatch.Outcome<Particle, ParticleAnalyzer.Report>> held = new ArrayList<>();
    private final List<ParticleAnalyzer.Report> reports = new ArrayList<>();
    private boolean anyAnalysed;

    /**
     * Writes the document's head.
     *
     * @param holdJson    keep each particle's JSON until {@link #finish()} (global grouping adds to it)
     * @param keepResults keep the analysed particles' results for {@link #reports()} (sessions, exports)
     */
    AnalyzeDocument(JsonOutput output, String file, JsonObject settings, boolean holdJson, boolean keepResults,
            PrintStream err) throws CliException {
        this.output = output;
        this.holdJson = holdJson;
        this.keepResults = keepResults;
        this.err = err;
        try {
            output.writer().beginObject().name("file").value(file).name("settings");
            output.write(settings);
            output.writer().name("particles").beginArray();
        } catch (IOException e) {
            throw output.failure(e);
        }
    }

    void add(ParticleBatch.Outcome<Particle, ParticleAnalyzer.Report> o) throws CliException {
        if (o.ok()) {
            anyAnalysed |= o.value().stages().anyOk();
        }
        if (holdJson) {
            held.add(o);
            if (o.ok()) {
                reports.add(o.value());
            }
            return;
        }
        write(o);
        if (o.ok() && keepResults) {
            reports.add(o.value().withoutJson());
        }
    }

    /** The analysed particles' results (with their JSON only while it is held), when kept. */
    List<ParticleAnalyzer.Report> reports() {
        return reports;
    }

    boolean anyAnalysed() {
        return anyAnalysed;
    }

    /** Writes the held particles and the document's end. */
    void finish() throws CliException {
        for (ParticleBatch.Outcome<Particle, ParticleAnalyzer.Report> o : held) {
            write(o);
        }
        held.clear();
        reports.replaceAll(ParticleAnalyzer.Report::withoutJson);
        try {
            output.writer().endArray().endObject();
        } catch (IOException e) {
            throw output.failure(e);
        }
        output.finish();
    }

    private void write(ParticleBatch.Outcome<Particle, ParticleAnalyzer.Report> o) throws CliException {
        String name = o.item().name();
        if (o.ok()) {
            JsonObject json = o.value().json();
            json.add("stages", o.value().stages().json());
            output.write(json);
            o.value().stages().lines(name).forEach(err::println);
        } else {
            JsonObject failed = new JsonObject();
            failed.addProperty("name", name);
            failed.addProperty("channel", o.item().channel());
            failed.addProperty("error", o.error());
            output.write(failed);
            err.println(name + ": analysis failed: " + o.error());
        }
    }
}
