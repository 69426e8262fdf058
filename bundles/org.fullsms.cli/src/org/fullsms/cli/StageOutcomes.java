package org.fullsms.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;

import org.eclipse.core.runtime.OperationCanceledException;
import org.fullsms.runtime.state.Stage;

/**
 * What became of each stage asked for of one particle: ok, or failed with a message. Filled by the thread that
 * analyses the particle (then by global grouping), read once all particles are done.
 */
final class StageOutcomes {

    /** A stage's work; it may throw to fail that stage only. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final Set<Stage> ok = EnumSet.noneOf(Stage.class);
    private final Map<Stage, String> failures = new EnumMap<>(Stage.class);
    /** Extension analyses by engine id: null for ok, else the failure's message. */
    private final Map<String, String> extensions = new LinkedHashMap<>();

    /**
     * Runs a stage: its result, or null with the stage failed. Cancelling is not a failure and goes on up.
     */
    <T> T run(Stage stage, Work<T> work) {
        try {
            T result = work.run();
            ok(stage);
            return result;
        } catch (OperationCanceledException e) {
            throw e;
        } catch (Exception e) {
            failed(stage, e.getMessage() == null ? e.toString() : e.getMessage());
            return null;
        }
    }

    void ok(Stage stage) {
        failures.remove(stage);
        ok.add(stage);
    }

    void failed(Stage stage, String message) {
        ok.remove(stage);
        failures.put(stage, message);
    }

    /** An extension analysis's outcome: {@code error} null for a result. */
    void extension(String engineId, String error) {
        extensions.put(engineId, error);
    }

    boolean anyOk() {
        return !ok.isEmpty() || extensions.containsValue(null);
    }

    /** The failed stages with their messages, in stage order. */
    Map<Stage, String> failures() {
        return Collections.unmodifiableMap(new EnumMap<>(failures));
    }

    /**
     * One line per failure for the user, naming the particle, the stage and the message; stages that failed for
     * the same reason (unreadable photons fail every stage) share a line: "Particle 1: levels, fits failed: ...".
     */
    List<String> lines(String particle) {
        Map<String, List<String>> stagesByMessage = new LinkedHashMap<>();
        failures.forEach((stage, message) -> stagesByMessage.computeIfAbsent(message, m -> new ArrayList<>())
                .add(stage.id()));
        extensions.forEach((id, message) -> {
            if (message != null) {
                stagesByMessage.computeIfAbsent(message, m -> new ArrayList<>()).add(id);
            }
        });
        List<String> lines = new ArrayList<>();
        stagesByMessage.forEach((message, stages) -> lines.add(particle + ": " + String.join(", ", stages)
                + " failed: " + message));
        return lines;
    }

    /**
     * {@code {"levels": "ok", "fits": "error: ..."}}: the stages asked for, in stage order, then the extension
     * analyses by engine id.
     */
    JsonObject json() {
        JsonObject j = new JsonObject();
        for (Stage s : Stage.values()) {
            if (ok.contains(s)) {
                j.addProperty(s.id(), "ok");
            } else if (failures.containsKey(s)) {
                j.addProperty(s.id(), "error: " + failures.get(s));
            }
        }
        extensions.forEach((id, error) -> j.addProperty(id, error == null ? "ok" : "error: " + error));
        return j;
    }
}
