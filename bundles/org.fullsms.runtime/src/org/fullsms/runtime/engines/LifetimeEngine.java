package org.fullsms.runtime.engines;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.analysis.cpa.ChangePointResult;
import org.fullsms.analysis.cpa.Level;
import org.fullsms.analysis.grouping.GroupingStep;
import org.fullsms.analysis.lifetime.FitParameters;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.analysis.lifetime.LifetimeFitter;
import org.fullsms.analysis.roi.RegionOfInterest;
import org.fullsms.model.Photons;
import org.fullsms.runtime.DecayBinning;
import org.fullsms.runtime.LifetimeFits;
import org.fullsms.runtime.codec.FitCodec;
import org.fullsms.runtime.extensions.ParticleSnapshot;
import org.fullsms.runtime.state.FitTarget;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.analysis.AnalysisException;
import org.fullsms.spi.analysis.BuiltInResults;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.analysis.ResultCodec;
import org.osgi.service.component.annotations.Component;

/**
 * Fits the lifetimes of a particle's decays: the whole trace (or its ROI), every level, and the groups and group
 * levels of the grouping step in use. The parameters carry the IRF and the channel grid, which belong to the file.
 */
@Component(service = AnalysisEngine.class)
public final class LifetimeEngine implements BuiltInEngine<LifetimeFits.Request, ParticleFits> {

    private static final ResultCodec<ParticleFits> CODEC = new StreamCodec<>(
            (out, r) -> FitCodec.writeFits(out, r.fits()), in -> new ParticleFits(FitCodec.readFits(in)));

    @Override
    public String id() {
        return BuiltInResults.WHOLE_TRACE_FIT;
    }

    @Override
    public String version() {
        return LifetimeFitter.VERSION;
    }

    @Override
    public String label() {
        return "Lifetimes";
    }

    @Override
    public String description() {
        return "Fits 1-3 exponentials reconvolved with the IRF to the particle's decays (least squares or maximum "
                + "likelihood).";
    }

    @Override
    public Class<LifetimeFits.Request> parameterType() {
        return LifetimeFits.Request.class;
    }

    /**
     * One exponential, least squares, a simulated IRF, on the particle's own channel grid (the workbench and the
     * command line pass the file's grid, on which the decays of all its particles line up).
     */
    @Override
    public LifetimeFits.Request defaultParameters() {
        return new LifetimeFits.Request(null, null, FitParameters.defaults(1),
                LifetimeFits.defaultSettings().withSimulatedIrf(true));
    }

    @Override
    public ParticleFits analyse(ParticleData particle, LifetimeFits.Request parameters, IProgressMonitor monitor)
            throws AnalysisException {
        Photons photons;
        LifetimeFits.Request request = parameters;
        try {
            photons = particle.particle().photons();
            if (request.binning() == null) {
                request = new LifetimeFits.Request(DecayBinning.of(List.of(particle.particle())), request.irf(),
                        request.parameters(), request.settings());
            }
        } catch (IOException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
        List<Level> levels = particle.result(BuiltInResults.LEVELS, ChangePointResult.class)
                .map(ChangePointResult::levels).orElse(List.of());
        GroupingStep step = particle.result(BuiltInResults.GROUPING, GroupingStep.class).orElse(null);
        RegionOfInterest roi = particle.result(ParticleSnapshot.ROI, RegionOfInterest.class).orElse(null);
        Map<FitTarget, FitResult> fits = new LinkedHashMap<>();
        // the histograms are dropped: they are rebuilt from the photons when shown or exported
        LifetimeFits.fit(photons.absoluteNs(), photons.micro(), levels, step, roi, request, monitor)
                .forEach((target, fit) -> fits.put(target, fit.result()));
        return new ParticleFits(fits);
    }

    @Override
    public ResultCodec<ParticleFits> resultCodec() {
        return CODEC;
    }

    @Override
    public Class<ParticleFits> resultType() {
        return ParticleFits.class;
    }

    @Override
    public String summary(ParticleFits result) {
        long ok = result.fits().values().stream().filter(FitResult::ok).count();
        return ok + " of " + result.fits().size() + " decays fitted";
    }

    @Override
    public Stage stage() {
        return Stage.FITS;
    }

    @Override
    public void store(ParticleAnalysis target, ParticleFits result) {
        target.putFits(result.fits());
    }
}
