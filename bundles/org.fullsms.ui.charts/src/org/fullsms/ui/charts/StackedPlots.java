package org.fullsms.ui.charts;

import java.util.concurrent.Executor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Layout;

/**
 * Canvases stacked top to bottom with linked x axes and aligned plot areas (the left edges line up whatever the
 * width of each y axis' tick labels), e.g. a decay over its residuals. Heights follow the given weights.
 */
public final class StackedPlots extends Composite {

	private final PlotCanvas[] canvases;
	private final int[] weights;
	private boolean realignPending;

	/**
	 * Canvases that decimate in system jobs.
	 *
	 * @param parent  parent composite
	 * @param style   SWT style
	 * @param weights relative height of each canvas, top first (e.g. 3, 1)
	 */
	public StackedPlots(Composite parent, int style, int... weights) {
		this(parent, style, null, weights);
	}

	/**
	 * @param parent     parent composite
	 * @param style      SWT style
	 * @param background decimation executor for every canvas, or null for system jobs
	 * @param weights    relative height of each canvas, top first
	 */
	public StackedPlots(Composite parent, int style, Executor background, int... weights) {
		super(parent, style);
		if (weights.length == 0) {
			throw new IllegalArgumentException("need at least one weight");
		}
		this.weights = weights.clone();
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE)); // the indents match the charts' white
		canvases = new PlotCanvas[weights.length];
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] <= 0) {
				throw new IllegalArgumentException("weights must be > 0");
			}
			canvases[i] = background == null ? new PlotCanvas(this, SWT.NONE) : new PlotCanvas(this, SWT.NONE, background);
			// a chart re-lays itself out when its tick labels or titles change width: realign afterwards
			canvases[i].getChart().getPlotArea().getControl().addListener(SWT.Move, e -> scheduleRealign());
			canvases[i].getChart().getPlotArea().getControl().addListener(SWT.Resize, e -> scheduleRealign());
		}
		for (int i = 1; i < canvases.length; i++) {
			AxisLink.link(canvases[0], PlotCanvas.Axis.X, canvases[i], PlotCanvas.Axis.X);
		}
		setLayout(new AlignedLayout());
	}

	private void scheduleRealign() {
		if (!realignPending && !isDisposed()) {
			realignPending = true;
			getDisplay().asyncExec(() -> {
				realignPending = false;
				if (!isDisposed()) {
					layout();
				}
			});
		}
	}

	/** @param index 0 = top @return the canvas */
	public PlotCanvas get(int index) {
		return canvases[index];
	}

	/** @return the number of canvases */
	public int size() {
		return canvases.length;
	}

	/** Splits the height by weight, then indents charts so their plot areas share left and right edges. */
	private final class AlignedLayout extends Layout {

		@Override
		protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
			return new Point(wHint == SWT.DEFAULT ? 600 : wHint, hHint == SWT.DEFAULT ? 400 : hHint);
		}

		@Override
		protected void layout(Composite composite, boolean flushCache) {
			Rectangle area = composite.getClientArea();
			int total = 0;
			for (int w : weights) {
				total += w;
			}
			// each chart's own margins around its plot area (axes, legend) from its last layout
			int[] left = new int[canvases.length];
			int[] right = new int[canvases.length];
			int maxLeft = 0;
			int maxRight = 0;
			for (int i = 0; i < canvases.length; i++) {
				Rectangle chart = canvases[i].getControl().getBounds();
				Rectangle plot = canvases[i].getChart().getPlotArea().getControl().getBounds();
				if (plot.width > 0) { // not laid out yet: its first layout triggers a realign
					left[i] = plot.x;
					right[i] = chart.width - plot.x - plot.width;
				}
				maxLeft = Math.max(maxLeft, left[i]);
				maxRight = Math.max(maxRight, right[i]);
			}
			// one setBounds per chart, unchanged when aligned: no Move/Resize events, so realigning settles
			int y = area.y;
			for (int i = 0; i < canvases.length; i++) {
				int height = i == canvases.length - 1 ? area.y + area.height - y : area.height * weights[i] / total;
				int indent = maxLeft - left[i];
				int width = Math.max(1, area.width - indent - (maxRight - right[i]));
				canvases[i].getControl().setBounds(area.x + indent, y, width, height);
				y += height;
			}
		}
	}
}
