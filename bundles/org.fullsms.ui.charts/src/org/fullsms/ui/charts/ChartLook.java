package org.fullsms.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Resources;

/** The Full SMS look of a chart: white background, readable fonts, light dotted grid. */
final class ChartLook {

	private static final Color WHITE = new Color(255, 255, 255);
	private static final Color BLACK = new Color(0, 0, 0);
	private static final Color GRID = new Color(Palette.GRID);

	private ChartLook() {
	}

	static void apply(Chart chart) {
		String name = fontName(chart);
		int size = fontSize(chart);
		chart.setBackground(WHITE);
		chart.getPlotArea().setBackground(WHITE);
		chart.getTitle().setFont(Resources.getFont(name, size + 2, SWT.BOLD));
		chart.getTitle().setForeground(BLACK);
		chart.getLegend().setFont(Resources.getFont(name, size, SWT.NORMAL));
		chart.getLegend().setBackground(WHITE);
		chart.getLegend().setForeground(BLACK);
		chart.getLegend().setPosition(SWT.RIGHT);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setFont(Resources.getFont(name, size + 1, SWT.BOLD));
			axis.getTitle().setForeground(BLACK);
			axis.getTick().setFont(Resources.getFont(name, size, SWT.NORMAL));
			axis.getTick().setForeground(BLACK);
			axis.getGrid().setForeground(GRID);
			axis.getGrid().setStyle(LineStyle.DOT);
		}
	}

	/** Axis titles as large and bold as usual, or (compact) in the plain tick font, for panes a few lines high. */
	static void compact(Chart chart, boolean compact) {
		String name = fontName(chart);
		int size = fontSize(chart);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setFont(compact ? Resources.getFont(name, size, SWT.NORMAL)
					: Resources.getFont(name, size + 1, SWT.BOLD));
		}
	}

	private static String fontName(Chart chart) {
		return chart.getDisplay().getSystemFont().getFontData()[0].getName();
	}

	/** Never smaller than 10 pt: the system font under Xvfb or a bare window manager can be tiny. */
	private static int fontSize(Chart chart) {
		return Math.max(10, chart.getDisplay().getSystemFont().getFontData()[0].getHeight());
	}
}
