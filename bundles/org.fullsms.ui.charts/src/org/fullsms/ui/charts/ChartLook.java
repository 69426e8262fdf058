package org.fullsms.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Resources;

/** The Full SMS look of a chart: white background, readable fonts, light dotted grid. */
final class ChartLook {

	private static final Color WHITE = new Color(255, 255, 255);
	private static final Color BLACK = new Color(0, 0, 0);
	private static final Color GRID = new Color(215, 215, 215);

	private ChartLook() {
	}

	static void apply(Chart chart) {
		FontData system = chart.getDisplay().getSystemFont().getFontData()[0];
		String name = system.getName();
		// never smaller than 10 pt: the system font under Xvfb or a bare window manager can be tiny
		int size = Math.max(10, system.getHeight());
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
}
