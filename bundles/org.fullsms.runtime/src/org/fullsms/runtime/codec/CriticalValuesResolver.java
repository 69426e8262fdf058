package org.fullsms.runtime.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fullsms.analysis.cpa.CriticalValues;

/**
 * Finds the critical-value tables a saved change point analysis named. Sessions store only the confidence and the
 * tables' source, never the tables: the project's own tables come from the engine; published tables are loaded
 * again from their folder when it still exists. When they cannot be found, the project's own tables for the same
 * confidence stand in (the saved change points are kept as they are; only a re-run would differ) and a warning
 * says so. One resolver serves one load: each distinct table set is looked up once.
 */
public final class CriticalValuesResolver {

    private static final String PUBLISHED = "published tables ";
    private static final String PUBLISHED_END = " (row n+1)";

    private final Map<String, CriticalValues> cache = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    /** The tables for a saved confidence and source. */
    public CriticalValues resolve(double confidencePercent, String source) {
        String key = confidencePercent + "\u0000" + source;
        CriticalValues known = cache.get(key);
        if (known == null) {
            known = lookUp(confidencePercent, source);
            cache.put(key, known);
        }
        return known;
    }

    private CriticalValues lookUp(double confidencePercent, String source) {
        CriticalValues own = CriticalValues.forConfidence(confidencePercent);
        if (own.source().equals(source)) {
            return own;
        }
        if (source.startsWith(PUBLISHED) && source.endsWith(PUBLISHED_END)) {
            Path dir = Path.of(source.substring(PUBLISHED.length(), source.length() - PUBLISHED_END.length()));
            if (Files.isDirectory(dir)) {
                try {
                    return CriticalValues.loadPublished(dir, confidencePercent);
                } catch (IOException e) {
                    warnings.add("critical values in " + dir + " could not be read (" + e.getMessage() + ")");
                }
            }
        }
        warnings.add("critical values \"" + source + "\" (" + confidencePercent + " %) are not available here: "
                + "the change point settings now name " + own.source()
                + "; the saved change points are kept as they are");
        return own;
    }

    /** What could not be found, once per table set. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
