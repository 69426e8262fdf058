package org.fullsms.analysis.lifetime;

/**
 * What the lifetime fit problems share: a reconvolution model fitted on the window [start, end) of the histogram
 * (one residual per window channel), with the parameters, bounds and free flags of a {@link ParameterLayout}.
 */
abstract class WindowedProblem implements FitProblem {

    final ParameterLayout layout;
    final ReconvolutionModel model;
    /** First channel of the window. */
    final int start;
    /** One past the last channel of the window. */
    final int end;

    WindowedProblem(ParameterLayout layout, ReconvolutionModel model, FitRange range) {
        this.layout = layout;
        this.model = model;
        this.start = range.start();
        this.end = range.end();
    }

    @Override
    public final int residuals() {
        return end - start;
    }

    @Override
    public final int parameters() {
        return layout.size();
    }

    @Override
    public final double[] lower() {
        return layout.lower;
    }

    @Override
    public final double[] upper() {
        return layout.upper;
    }

    @Override
    public final boolean[] free() {
        return layout.free;
    }
}
