package org.fullsms.runtime.engines;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.fullsms.analysis.grouping.GroupingAnalysis;
import org.fullsms.analysis.grouping.GroupingInput;
import org.fullsms.analysis.grouping.GroupingParameters;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.runtime.GroupingInputs;
import org.fullsms.runtime.codec.GroupingCodec;
import org.fullsms.runtime.state.ParticleAnalysis;
import org.fullsms.runtime.state.Stage;
import org.fullsms.spi.analysis.AnalysisEngine;
import org.fullsms.spi.analysis.AnalysisException;
import org.fullsms.spi.analysis.BuiltInResults;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.analysis.ResultCodec;
import org.osgi.service.component.annotations.Component;

/**
 * Groups a particle's levels (within its region of interest) by agglomerative clustering, EM and the BIC. One
 * grouping over the levels of many particles at once (global grouping) is not a per-particle analysis and runs as
 * its own job.
 */
@Component(service = AnalysisEngine.class)
public final class GroupingEngine implements BuiltInEngine<GroupingParameters, GroupingResult> {

    private static final ResultCodec<GroupingResult> CODEC = new StreamCodec<>(GroupingCodec::write,
            GroupingCodec::read);

    @Override
    public String id() {
        return BuiltInResults.GROUPING;
    }

    @Override
    public String version() {
        return GroupingAnalysis.VERSION;
    }

    @Override
    public String label() {
        return "Grouping";
    }

    @Override
    public String description() {
        return "Groups the levels into intensity states (hierarchical clustering, EM, Bayesian information criterion).";
    }

    @Override
    public Class<GroupingParameters> parameterType() {
        return GroupingParameters.class;
    }

    @Override
    public GroupingParameters defaultParameters() {
        return GroupingParameters.DEFAULTS;
    }

    @Override
    public GroupingResult analyse(ParticleData particle, GroupingParameters parameters, IProgressMonitor monitor)
            throws AnalysisException {
        GroupingInput input;
        try {
            input = GroupingInputs.of(particle).orElseThrow(() -> new AnalysisException("no levels: resolve first"));
        } catch (IOException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
        return new GroupingAnalysis().run(input, parameters, monitor);
    }

    @Override
    public ResultCodec<GroupingResult> resultCodec() {
        return CODEC;
    }

    @Override
    public Class<GroupingResult> resultType() {
        return GroupingResult.class;
    }

    @Override
    public String summary(GroupingResult result) {
        return result.selected().numGroups() + " groups";
    }

    @Override
    public Stage stage() {
        return Stage.GROUPING;
    }

    /** Stores the grouping as applied to the levels (the workbench shows its groups at once). */
    @Override
    public void store(ParticleAnalysis target, GroupingResult result) {
        target.setGrouping(result, true);
    }
}
