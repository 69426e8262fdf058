package org.fullsms.runtime.engines;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.analysis.cpa.ChangePointAnalysis;
import org.fullsms.analysis.cpa.ChangePointParameters;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.runtime.codec.CpaCodec;
import org.fullsms.runtime.codec.CriticalValuesResolver;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.analysis.AnalysisException;
import org.fullsms.spi.analysis.BuiltInResults;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.analysis.ResultCodec;
import org.osgi.service.component.annotations.Component;

/** Change point analysis (Watkins &amp; Yang 2005) of a particle's photon arrival times: its intensity levels. */
@Component(service = AnalysisEngine.class)
public final class ChangePointEngine implements BuiltInEngine<ChangePointParameters, ChangePointResult> {

    private static final ResultCodec<ChangePointResult> CODEC = new StreamCodec<>(CpaCodec::write,
            in -> CpaCodec.read(in, new CriticalValuesResolver()));

    @Override
    public String id() {
        return BuiltInResults.LEVELS;
    }

    @Override
    public String version() {
        return ChangePointAnalysis.VERSION;
    }

    @Override
    public String label() {
        return "Change points";
    }

    @Override
    public String description() {
        return "Finds the intensity levels of the trace by change point analysis (Watkins & Yang 2005).";
    }

    @Override
    public Class<ChangePointParameters> parameterType() {
        return ChangePointParameters.class;
    }

    @Override
    public ChangePointParameters defaultParameters() {
        return ChangePointParameters.of(99);
    }

    @Override
    public ChangePointResult analyse(ParticleData particle, ChangePointParameters parameters,
            IProgressMonitor monitor) throws AnalysisException {
        try {
            return new ChangePointAnalysis().run(particle.particle().photons().absoluteNs(), parameters, monitor);
        } catch (IOException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
    }

    @Override
    public ResultCodec<ChangePointResult> resultCodec() {
        return CODEC;
    }

    @Override
    public Class<ChangePointResult> resultType() {
        return ChangePointResult.class;
    }

    @Override
    public String summary(ChangePointResult result) {
        return result.levels().size() + " levels";
    }

    @Override
    public Stage stage() {
        return Stage.LEVELS;
    }

    @Override
    public void store(ParticleAnalysis target, ChangePointResult result) {
        target.setChangePoints(result);
    }
}
