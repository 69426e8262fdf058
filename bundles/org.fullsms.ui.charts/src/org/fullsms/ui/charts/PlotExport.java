package org.fullsms.ui.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.fullsms.model.AtomicFile;

/**
 * Renders a chart control (a {@link PlotCanvas#getControl()}, a {@link StackedPlots}, or any composite of them)
 * as it looks on screen into a PNG. UI thread only; the control must have been laid out.
 */
public final class PlotExport {

	private PlotExport() {
	}

	/**
	 * @param control the control
	 * @return its pixels at its current size
	 */
	public static ImageData render(Control control) {
		Point size = control.getSize();
		if (size.x <= 0 || size.y <= 0) {
			throw new IllegalStateException("the chart has no size yet: lay it out before exporting");
		}
		Image image = new Image(control.getDisplay(), size.x, size.y);
		try {
			GC gc = new GC(image);
			try {
				control.print(gc);
			} finally {
				gc.dispose();
			}
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	/**
	 * @param control the control
	 * @param file    the PNG file to write (replaced; written to a temporary file first, which then replaces it)
	 * @throws IOException if the file cannot be written
	 */
	public static void savePng(Control control, Path file) throws IOException {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] {render(control)};
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			loader.save(png, SWT.IMAGE_PNG);
		} catch (SWTException e) {
			throw new IOException("cannot write PNG " + file + ": " + e.getMessage(), e);
		}
		AtomicFile.write(file, png.toByteArray(), true);
	}
}
