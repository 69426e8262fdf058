package org.fullsms.cli;

import java.io.PrintStream;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.fullsms.runtime.BundleOrigin;
import org.fullsms.runtime.engines.BuiltInEngine;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.extensions.ParameterRecords;
import org.fullsms.runtime.json.Json;
import org.fullsms.spi.PhotonImporter;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.export.Exporter;

/** {@code fullsms extensions}: the installed importers, analyses (with their parameters) and exporters, as JSON. */
final class ExtensionsCommand implements Command {

    @Override
    public String name() {
        return "extensions";
    }

    @Override
    public String summary() {
        return "list the installed importers, analyses (with parameters) and exporters as JSON";
    }

    @Override
    public String usage() {
        return """
                fullsms extensions
                  Prints JSON: every installed importer (id, label, file patterns, bundle and version, in the
                  order they are asked), extension analysis (id, version, label, description, parameters with
                  type, unit, limits and default), built-in analysis (the same contract; their settings are
                  analyze's own options) and exporter (id, label, description). Use the ids with
                  'fullsms analyze --analysis ID[:NAME=VALUE,...]' and '--exporters ID,...'.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        if (!args.isEmpty()) {
            throw new CliException("takes no arguments");
        }
        Extensions extensions = Extensions.current();
        JsonObject doc = new JsonObject();
        JsonArray importers = new JsonArray();
        for (PhotonImporter i : extensions.importers()) {
            JsonObject j = new JsonObject();
            j.addProperty("id", i.id());
            j.addProperty("label", i.label());
            j.add("file_patterns", Json.array(i.filePatterns()));
            origin(j, i);
            importers.add(j);
        }
        doc.add("importers", importers);
        JsonArray analyses = new JsonArray();
        for (AnalysisEngine<?, ?> a : extensions.analyses()) {
            analyses.add(analysis(a));
        }
        doc.add("analyses", analyses);
        JsonArray builtIns = new JsonArray();
        for (BuiltInEngine<?, ?> a : extensions.builtIns()) {
            JsonObject j = new JsonObject();
            j.addProperty("id", a.id());
            j.addProperty("version", a.version());
            j.addProperty("label", a.label());
            j.addProperty("description", a.description());
            j.addProperty("stage", a.stage().id());
            origin(j, a);
            builtIns.add(j);
        }
        doc.add("built_in_analyses", builtIns);
        JsonArray exporters = new JsonArray();
        for (Exporter e : extensions.exporters()) {
            JsonObject j = new JsonObject();
            j.addProperty("id", e.id());
            j.addProperty("label", e.label());
            j.addProperty("description", e.description());
            origin(j, e);
            exporters.add(j);
        }
        doc.add("exporters", exporters);
        JsonOutput.writeDocument(doc, null, out);
        return OK;
    }

    private static JsonObject analysis(AnalysisEngine<?, ?> a) {
        JsonObject j = new JsonObject();
        j.addProperty("id", a.id());
        j.addProperty("version", a.version());
        j.addProperty("label", a.label());
        j.addProperty("description", a.description());
        JsonArray params = new JsonArray();
        var defaults = ParameterRecords.values(a.defaultParameters());
        for (ParameterRecords.Field f : ParameterRecords.fields(a.parameterType())) {
            JsonObject p = new JsonObject();
            p.addProperty("name", f.name());
            p.addProperty("label", f.label());
            p.addProperty("type", f.type().isEnum() ? "enum" : f.type().getSimpleName());
            p.addProperty("unit", f.unit());
            if (Double.isFinite(f.min())) {
                p.addProperty("min", f.min());
            }
            if (Double.isFinite(f.max())) {
                p.addProperty("max", f.max());
            }
            if (f.type().isEnum()) {
                p.add("choices", Json.array(f.choices()));
            }
            p.addProperty("default", defaults.get(f.name()));
            p.addProperty("description", f.description());
            params.add(p);
        }
        j.add("parameters", params);
        origin(j, a);
        return j;
    }

    /** The bundle a service comes from and its version: what p2 installed. */
    private static void origin(JsonObject j, Object service) {
        BundleOrigin.of(service.getClass()).ifPresent(b -> {
            j.addProperty("bundle", b.symbolicName());
            j.addProperty("bundle_version", b.version());
        });
    }
}
