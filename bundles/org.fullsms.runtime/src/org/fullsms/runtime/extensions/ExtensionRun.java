package org.fullsms.runtime.extensions;

import java.util.Map;

import com.google.gson.JsonParser;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.fullsms.runtime.state.ExtensionResult;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.analysis.AnalysisException;

/**
 * An extension analysis with its parameters, ready to run on particles: {@code fullsms analyze --analysis
 * ID[:name=value,...]}, the workbench's Extension Analyses dialog and sessions all go through it.
 *
 * @param <P> the parameter record
 * @param <R> the result type
 */
public record ExtensionRun<P extends Record, R>(AnalysisEngine<P, R> engine, P parameters) {

    public ExtensionRun {
        ParameterRecords.validate(parameters);
    }

    /**
     * Parses {@code ID} or {@code ID:name=value,...} against the installed analyses.
     *
     * @throws IllegalArgumentException naming the analysis or parameter that is wrong (and the installed ids)
     */
    public static ExtensionRun<?, ?> parse(String spec, Extensions extensions) {
        int colon = spec.indexOf(':');
        String id = (colon < 0 ? spec : spec.substring(0, colon)).trim();
        if (extensions.builtIns().stream().anyMatch(b -> b.id().equals(id))) {
            throw new IllegalArgumentException("\"" + id + "\" is a built-in analysis: it runs with analyze's own "
                    + "options (--group, --fit, --correlate, ...), not with --analysis");
        }
        AnalysisEngine<?, ?> engine = extensions.analysis(id).orElseThrow(() -> new IllegalArgumentException(
                "no analysis \"" + id + "\" is installed" + installed(extensions)));
        Map<String, String> changes = ParameterRecords.parseAssignments(colon < 0 ? "" : spec.substring(colon + 1));
        try {
            return withChanges(engine, changes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(engine.label() + " (" + id + "): " + e.getMessage(), e);
        }
    }

    /** The engine's default parameters with some changed (names and values as text). */
    public static <P extends Record, R> ExtensionRun<P, R> withChanges(AnalysisEngine<P, R> engine,
            Map<String, String> changes) {
        return new ExtensionRun<>(engine, ParameterRecords.parse(engine.parameterType(),
                engine.defaultParameters(), changes));
    }

    private static String installed(Extensions extensions) {
        var ids = extensions.analyses().stream().map(AnalysisEngine::id).toList();
        return ids.isEmpty() ? " (no extension analysis is installed)" : "; installed: " + String.join(", ", ids);
    }

    /**
     * Runs the analysis on one particle and stores its result, or why it failed, on the particle. A failure of
     * this particle (the engine's {@link AnalysisException}, or any exception it lets escape) never stops others.
     *
     * @throws OperationCanceledException when the monitor was cancelled (nothing is stored)
     */
    public ExtensionResult runOn(ParticleAnalysis particle, IProgressMonitor monitor) {
        String parametersJson = ParameterRecords.toJson(parameters);
        ExtensionResult result;
        try {
            R value = engine.analyse(ParticleSnapshot.of(particle), parameters, monitor);
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (value == null) {
                throw new AnalysisException("the analysis returned no result");
            }
            String json = engine.resultCodec().toJson(value);
            JsonParser.parseString(json); // a codec that writes broken JSON would corrupt the session
            result = new ExtensionResult(engine.id(), engine.version(), parametersJson, json, null, value);
        } catch (OperationCanceledException e) {
            throw e;
        } catch (AnalysisException e) {
            result = new ExtensionResult(engine.id(), engine.version(), parametersJson, null, e.getMessage(), null);
        } catch (RuntimeException | LinkageError e) {
            result = new ExtensionResult(engine.id(), engine.version(), parametersJson, null,
                    engine.label() + " failed: " + e, null);
        }
        particle.putExtensionResult(result);
        return result;
    }

    /**
     * A stored result with its value decoded by the installed engine of its id; as it is when the engine is not
     * installed (the JSON is kept and saved again).
     *
     * @throws IllegalArgumentException when the installed engine's codec refuses the stored JSON
     */
    public static ExtensionResult decode(ExtensionResult stored, Extensions extensions) {
        if (stored.failed()) {
            return stored;
        }
        return extensions.analysis(stored.engineId()).map(engine -> new ExtensionResult(stored.engineId(),
                stored.engineVersion(), stored.parametersJson(), stored.resultJson(), null,
                engine.resultCodec().fromJson(stored.resultJson()))).orElse(stored);
    }
}
