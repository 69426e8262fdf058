package org.fullsms.runtime;

import java.io.IOException;

import org.fullsms.analysis.correlation.TwoChannelPhotons;
import org.fullsms.model.Particle;
import org.fullsms.model.Photons;

/**
 * The input of the correlation engine for one particle: its photons and its second channel's, micro times in ns.
 * The one way from a particle to a correlation, for the workbench and for {@code analyze --correlate}.
 */
public final class CorrelationInputs {

    private CorrelationInputs() {
    }

    /** @throws IOException when the particle has one channel, or its photons cannot be read */
    public static TwoChannelPhotons of(Particle p) throws IOException {
        if (p.secondary().isEmpty()) {
            throw new IOException("needs two channels (this particle has one)");
        }
        Photons one = p.photons();
        Photons two = p.secondary().get().photons();
        return TwoChannelPhotons.of(p.name(), one.absoluteNs(), one.micro().toNs(), two.absoluteNs(),
                two.micro().toNs());
    }
}
