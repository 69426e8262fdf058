package org.fullsms.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.fullsms.model.Dataset;
import org.fullsms.model.Particle;

/** {@code --particles 1,3-5}: particle numbers; each selects the particle and its second channel. */
final class ParticleSelection {

    private ParticleSelection() {
    }

    static List<Particle> select(Dataset dataset, String spec) throws CliException {
        if (spec == null) {
            return dataset.allParticles();
        }
        BitSet wanted = parse(spec);
        List<Particle> selected = new ArrayList<>();
        for (Particle p : dataset.allParticles()) {
            if (wanted.get(p.number())) {
                selected.add(p);
            }
        }
        if (selected.isEmpty()) {
            throw new CliException("--particles " + spec + " selects none of the file's particles (1-"
                    + dataset.particles().size() + ")");
        }
        return selected;
    }

    static BitSet parse(String spec) throws CliException {
        BitSet set = new BitSet();
        for (String part : spec.split(",")) {
            String p = part.trim();
            try {
                int dash = p.indexOf('-', 1);
                int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).trim());
                int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).trim());
                if (from < 1 || to < from || to > 10_000_000) {
                    throw new CliException("--particles: bad range '" + p + "' (numbers start at 1)");
                }
                set.set(from, to + 1);
            } catch (NumberFormatException e) {
                throw new CliException("--particles: '" + p + "' is not a number or range like 3-5");
            }
        }
        return set;
    }
}
