package org.fullsms.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fullsms.export.HeatMaps;
import org.fullsms.export.plot.HeatMap;
import org.fullsms.model.Particle;
import org.fullsms.model.RasterScan;
import org.fullsms.runtime.state.AnalysisSession.Aspect;

/**
 * Raster Scan tab: the scan the particle was found on, axes in µm, with the particle's position marked (cyan) and
 * those of the file's other particles on the same scan (green, labelled with their numbers), as the original marks
 * them; beside it the scan's settings and the positions as a table. Shown for particles whose file stores a scan.
 */
public final class RasterScanTab implements EditorTab {

    private final HeatMapCanvas image;
    private final Table positions;

    RasterScanTab(Composite parent, ParticleEditor editor) {
        Particle particle = editor.analysis().particle();
        RasterScan scan = particle.rasterScan().orElseThrow();
        int number = particle.number();
        List<Particle> onScan = editor.analysis().session().dataset().particles().stream()
                .filter(p -> p.rasterScan().map(s -> s.index() == scan.index()).orElse(false)).toList();
        List<HeatMap.Marker> markers = new ArrayList<>();
        for (Particle p : onScan) {
            double[] xy = p.attributes().rasterPositionUm();
            if (xy != null) {
                markers.add(new HeatMap.Marker(xy[0], xy[1], Integer.toString(p.number()), p.number() == number));
            }
        }
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        image = new HeatMapCanvas(sash);
        HeatMap map = HeatMaps.rasterScan(scan, markers);
        HeatMaps.Labels labels = HeatMaps.rasterLabels(scan);
        image.setHeatMap(map, labels.x(), labels.y());
        Composite side = new Composite(sash, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        Label settings = new Label(side, SWT.WRAP);
        settings.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        settings.setText(settings(scan, editor.analysis().session().dataset().rasterScans().size()));
        positions = new Table(side, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        positions.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        positions.setHeaderVisible(true);
        for (String title : new String[] {"Particle", "X (µm)", "Y (µm)"}) {
            new TableColumn(positions, SWT.LEFT).setText(title);
        }
        for (Particle p : onScan) {
            double[] xy = p.attributes().rasterPositionUm();
            TableItem item = new TableItem(positions, SWT.NONE);
            boolean outside = xy != null && map.markers().stream().noneMatch(m -> m.label().equals(
                    Integer.toString(p.number())));
            item.setText(new String[] {p.name() + (outside ? " (outside the scan)" : ""),
                    xy == null ? "—" : PreferenceText.number(xy[0]), xy == null ? "—" : PreferenceText.number(xy[1])});
            if (p.number() == number) {
                positions.setSelection(item);
            }
        }
        for (TableColumn c : positions.getColumns()) {
            c.pack();
        }
        sash.setWeights(75, 25);
        Label hint = new Label(parent, SWT.WRAP);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        hint.setText(HeatMaps.hasGeometry(scan)
                ? "Positions from \"RS Coord. (um)\" (stored y, x); this particle in cyan, the others in green."
                : "The scan has no position in µm (an image from the file's markers): drawn in pixels, nothing marked.");
    }

    private static String settings(RasterScan scan, int scans) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Raster scan %d of %d: %s pixels",
                scan.index() + 1, scans, scan.shape()));
        if (HeatMaps.hasGeometry(scan)) {
            b.append(String.format(Locale.ROOT, "\nrange %s µm from x = %s, y = %s µm",
                    PreferenceText.number(scan.rangeUm()), PreferenceText.number(scan.xStartUm()),
                    PreferenceText.number(scan.yStartUm())));
        }
        if (Double.isFinite(scan.integrationTimeMsPerUm())) {
            b.append("\nintegration ").append(PreferenceText.number(scan.integrationTimeMsPerUm())).append(" ms/µm");
        }
        if (scan.bhCard() != null) {
            b.append("\ncard ").append(scan.bhCard());
        }
        return b.toString();
    }

    @Override
    public void refresh(Set<Aspect> aspects) {
        // the scan is data of the file: no analysis changes it
    }

    @Override
    public boolean isBusy() {
        return false;
    }

    /** The image (tests and screenshots). */
    public HeatMapCanvas image() {
        return image;
    }

    /** The particles on the scan with their positions (tests). */
    public Table positions() {
        return positions;
    }
}
