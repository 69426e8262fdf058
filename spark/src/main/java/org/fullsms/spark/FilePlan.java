package org.fullsms.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.cli.BatchAnalyze;
import org.fullsms.cli.CliException;

/**
 * What a file holds for the job, found by a first, short Spark stage (each file is opened once, on an executor):
 * how many particles it has to analyse and, when several tasks share them and lifetimes are fitted, the decay grid
 * they must all fit on. Or why it cannot be analysed.
 *
 * @param problem null when the file can be analysed
 */
record FilePlan(String file, int particles, double[] grid, Problem problem) implements Serializable {

    static FilePlan of(String file, List<String> options, int particlesPerTask) {
        try {
            BatchAnalyze analyze = BatchAnalyze.of(options);
            Path path = Path.of(file);
            int particles = analyze.particles(path);
            // The grid spans every particle's micro times: reading them all is worth it only for a shared file.
            double[] grid = particles > particlesPerTask ? WorkUnit.grid(analyze.decayGrid(path)) : null;
            return new FilePlan(file, particles, grid, null);
        } catch (IOException | CliException e) {
            return new FilePlan(file, 0, null, new Problem(file, e.getMessage()));
        } catch (RuntimeException e) {
            return new FilePlan(file, 0, null, new Problem(file, "internal error: " + e));
        }
    }

    /** The file's tasks, each of at most {@code particlesPerTask} particles. */
    List<WorkUnit> units(int particlesPerTask) {
        List<WorkUnit> units = new ArrayList<>();
        for (int from = 0; problem == null && from < particles; from += particlesPerTask) {
            units.add(new WorkUnit(file, from, Math.min(particles, from + particlesPerTask), grid));
        }
        return units;
    }
}
