package org.fullsms.cli.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.LevelInput;
import org.fullsms.analysis.simulation.SimulationParameters;
import org.fullsms.analysis.simulation.SimulationResult;
import org.fullsms.analysis.simulation.Simulator;
import org.fullsms.model.Particle;

/**
 * Grouping inputs of simulated particles as {@code fullsms analyze FILE --group --global} makes them: the
 * simulator's defaults (2 states per particle at 2 and 20 kcps ± 10 %, exponential dwells of mean 1 s, 50 cps
 * background) for 60 s, levels by change point analysis at 99 %, each particle's duration from its first to its
 * last photon. Particles are simulated 100 at a time (seeds 1, 2, …) and only their levels are kept, so memory
 * stays at one batch's photons; the first 100 are those of {@code fullsms simulate --particles 100 --duration 60
 * --seed 1}. About 70 levels per particle.
 */
final class SimulatedParticleLevels {

    private static final int BATCH = 100;

    private SimulatedParticleLevels() {
    }

    static List<GroupingInput> make(int particles) throws IOException {
        ChangePointAnalysis cpa = new ChangePointAnalysis();
        ChangePointParameters params = ChangePointParameters.of(99);
        List<GroupingInput> inputs = new ArrayList<>(particles);
        for (int seed = 1; inputs.size() < particles; seed++) {
            SimulationParameters p = SimulationParameters.builder()
                    .particles(Math.min(BATCH, particles - inputs.size())).durationS(60).seed(seed).build();
            SimulationResult simulated = new Simulator().run(p, null);
            for (Particle particle : simulated.dataset().particles()) {
                long[] times = particle.photons().absoluteNs();
                ChangePointResult r = cpa.run(times, params, null);
                List<LevelInput> levels = new ArrayList<>(r.levels().size());
                for (Level l : r.levels()) {
                    levels.add(new LevelInput(l.photons(), l.dwellS(), l.startS(), l.endS()));
                }
                inputs.add(new GroupingInput(levels, times.length, Math.max(1, r.numChangePoints()),
                        (times[times.length - 1] - times[0]) / 1e9));
            }
        }
        return inputs;
    }
}
