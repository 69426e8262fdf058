package org.fullsms.ui.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;
import org.fullsms.runtime.state.ParticleAnalysis;

/** Which particles an action works on: the current one(s), the checked ones, or all, over every open file. */
public enum Scope {
    /** The particle of the active editor, or those selected in the navigator. */
    CURRENT,
    /** The particles whose check box is ticked in the navigator. */
    SELECTED,
    /** Every particle of every open file. */
    ALL;

    /** Value of the command parameter {@link #PARAMETER}. */
    public static final String PARAMETER = "org.fullsms.ui.commandparameter.scope";

    public static Scope parse(String value) {
        return value == null ? CURRENT : valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * @param current the particles of the active selection (editor or navigator); datasets stand for all of their
     *                particles
     */
    public List<ParticleAnalysis> targets(OpenDatasets open, List<?> current) {
        List<ParticleAnalysis> result = new ArrayList<>();
        switch (this) {
            case CURRENT -> {
                for (Object o : current) {
                    if (o instanceof ParticleAnalysis p && !result.contains(p)) {
                        result.add(p);
                    } else if (o instanceof AnalysisSession s) {
                        s.particles().stream().filter(p -> !result.contains(p)).forEach(result::add);
                    }
                }
            }
            case SELECTED -> open.sessions().forEach(s -> result.addAll(s.selected()));
            case ALL -> open.sessions().forEach(s -> result.addAll(s.particles()));
        }
        return result;
    }

    /** The selection as a list (the selection service holds a list, one object or null). */
    public static List<?> asList(Object selection) {
        return selection instanceof List<?> l ? l : selection == null ? List.of() : List.of(selection);
    }
}
