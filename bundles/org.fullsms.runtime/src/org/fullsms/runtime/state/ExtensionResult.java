package org.fullsms.runtime.state;

import java.util.Objects;

/**
 * What an extension analysis left on a particle: its result or why it failed, with the engine's version and the
 * parameters used. Parameters and result are kept as the JSON their codec wrote, so a session keeps them exactly
 * even when the extension is not installed; {@code value} is the decoded result, null when the engine is absent or
 * the run failed.
 *
 * @param engineId       the engine's id
 * @param engineVersion  the engine's version when the result was made
 * @param parametersJson the parameters used, a JSON object by component name
 * @param resultJson     the result as the engine's codec wrote it; null when the run failed
 * @param error          why the run failed; null for a result
 * @param value          the decoded result, or null
 */
public record ExtensionResult(String engineId, String engineVersion, String parametersJson, String resultJson,
        String error, Object value) {

    public ExtensionResult {
        Objects.requireNonNull(engineId, "engineId");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(parametersJson, "parametersJson");
        if ((resultJson == null) == (error == null)) {
            throw new IllegalArgumentException("an extension result has either a result or an error");
        }
    }

    public boolean failed() {
        return error != null;
    }
}
