package org.fullsms.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.fullsms.export.plot.Figure;
import org.fullsms.export.plot.FigureRenderer;
import org.fullsms.export.plot.FigureSize;
import org.fullsms.model.AtomicFile;

/**
 * What the {@link ChartToolbar} and the {@link ChartMenu} do, on one canvas or on a stack whose x axes are
 * linked (x is then zoomed on the first canvas only: the links carry it to the others). UI thread only.
 */
final class ChartActions {

	/** New length / old length of one zoom-in step about the centre. */
	static final double ZOOM_STEP = 0.5;

	private final Control picture;
	private final List<PlotCanvas> canvases;

	/**
	 * @param picture  what "Export image" renders (the chart, or the whole stack)
	 * @param canvases the canvases acted on, the first one carrying the shared x axis
	 */
	ChartActions(Control picture, List<PlotCanvas> canvases) {
		this.picture = picture;
		this.canvases = List.copyOf(canvases);
	}

	/** @param in true zooms in, false out @param axis the axis, zoomed about the centre of its range */
	void zoom(boolean in, PlotCanvas.Axis axis) {
		List<PlotCanvas> targets = axis == PlotCanvas.Axis.X ? canvases.subList(0, 1) : canvases;
		for (PlotCanvas c : targets) {
			boolean log = c.chartAxis(axis).isLogScaleEnabled();
			AxisRange r = c.getRange(axis);
			double centre = log ? Math.sqrt(r.lower() * r.upper()) : (r.lower() + r.upper()) / 2;
			c.setRange(axis, AxisMath.zoom(r, centre, in ? ZOOM_STEP : 1 / ZOOM_STEP, log));
		}
	}

	/** Shows the data extents on every axis (what double-click does). */
	void fit() {
		canvases.forEach(PlotCanvas::resetRange);
	}

	/** @return true if the (first) canvas is in pan mode */
	boolean isPanMode() {
		return canvases.get(0).isPanMode();
	}

	/** @param on pan mode for all canvases */
	void setPanMode(boolean on) {
		canvases.forEach(c -> c.setPanMode(on));
	}

	/** The formats of Export Image, in the file dialog's order. */
	static final List<String> FORMATS = List.of("png", "svg", "pdf");

	/**
	 * Asks for a PNG, SVG or PDF file and writes the chart into it: a PNG as shown on screen, SVG and PDF as a vector
	 * figure of the visible data ({@link ChartFigure}) in the exported figures' style, at the size of a one-column
	 * journal figure; failures are reported in a message box.
	 */
	void exportImage() {
		FileDialog dialog = new FileDialog(picture.getShell(), SWT.SAVE);
		dialog.setText("Export Chart Image");
		dialog.setFilterExtensions(new String[] {"*.png", "*.svg", "*.pdf"});
		dialog.setFilterNames(new String[] {"PNG image, as on screen (*.png)", "SVG vector figure (*.svg)",
			"PDF vector figure (*.pdf)"});
		dialog.setFileName("chart.png");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		Path path = withFormat(file, FORMATS.get(Math.max(0, dialog.getFilterIndex())));
		try {
			save(path);
		} catch (IOException | RuntimeException e) {
			MessageBox box = new MessageBox(picture.getShell(), SWT.ICON_ERROR | SWT.OK);
			box.setText("Export Chart Image");
			box.setMessage("The chart could not be saved to " + path + ":\n" + e.getMessage());
			box.open();
		}
	}

	/** {@code file} as typed when it ends in a known format's extension, else with the chosen filter's one. */
	static Path withFormat(String file, String filterFormat) {
		String lower = file.toLowerCase(Locale.ROOT);
		return FORMATS.stream().anyMatch(f -> lower.endsWith("." + f)) ? Path.of(file)
				: Path.of(file + "." + filterFormat);
	}

	/** Writes the chart to {@code path} in the format its extension names (png, svg or pdf). */
	void save(Path path) throws IOException {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".png")) {
			PlotExport.savePng(picture, path);
			return;
		}
		String title = canvases.get(0).getChart().getTitle().getText();
		Figure figure = ChartFigure.of(title == null || title.isBlank() ? "Chart" : title, canvases);
		byte[] bytes = name.endsWith(".svg") ? FigureRenderer.svg(figure, FigureSize.JOURNAL_COLUMN)
				: FigureRenderer.pdf(figure, FigureSize.JOURNAL_COLUMN);
		AtomicFile.write(path, bytes, true);
	}

	/** Puts {@link #dataText()} on the clipboard. */
	void copyData() {
		Clipboard clipboard = new Clipboard(picture.getDisplay());
		try {
			clipboard.setContents(new Object[] {dataText()}, new Transfer[] {TextTransfer.getInstance()});
		} finally {
			clipboard.dispose();
		}
	}

	/**
	 * The visible series at full resolution within the visible x range, as tab-separated text for a spreadsheet:
	 * an x and a y column per series, headed "label: axis title (unit)"; shorter columns end early.
	 *
	 * @return the table, one line per row, each line ending in a newline
	 */
	String dataText() {
		List<String> headers = new ArrayList<>();
		List<double[]> columns = new ArrayList<>();
		for (PlotCanvas c : canvases) {
			String xTitle = axisTitle(c, PlotCanvas.Axis.X, "x");
			String yTitle = axisTitle(c, PlotCanvas.Axis.Y, "y");
			AxisRange visible = c.getRange(PlotCanvas.Axis.X);
			for (PlotSeries s : c.getSeries()) {
				if (!s.isVisible()) {
					continue;
				}
				List<double[]> xy = inRange(s.getData(), visible);
				headers.add(s.getLabel() + ": " + xTitle);
				headers.add(s.getLabel() + ": " + yTitle);
				columns.add(xy.get(0));
				columns.add(xy.get(1));
			}
		}
		StringBuilder text = new StringBuilder(String.join("\t", headers)).append('\n');
		int rows = columns.stream().mapToInt(col -> col.length).max().orElse(0);
		for (int row = 0; row < rows; row++) {
			for (int col = 0; col < columns.size(); col++) {
				if (col > 0) {
					text.append('\t');
				}
				if (row < columns.get(col).length) {
					text.append(columns.get(col)[row]);
				}
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** @return the axis title with its unit, or the fallback when the axis has none */
	static String axisTitle(PlotCanvas c, PlotCanvas.Axis axis, String fallback) {
		String title = c.chartAxis(axis).getTitle().getText();
		return title == null || title.isBlank() ? fallback : title;
	}

	/** The x and y of the points with x in the range, in source order. */
	private static List<double[]> inRange(SeriesData d, AxisRange range) {
		int count = 0;
		for (int i = 0; i < d.size(); i++) {
			count += inside(d.x(i), range) ? 1 : 0;
		}
		double[] x = new double[count];
		double[] y = new double[count];
		int k = 0;
		for (int i = 0; i < d.size(); i++) {
			if (inside(d.x(i), range)) {
				x[k] = d.x(i);
				y[k++] = d.y(i);
			}
		}
		return List.of(x, y);
	}

	private static boolean inside(double x, AxisRange range) {
		return x >= range.lower() && x <= range.upper();
	}
}
