package org.example.fullsms.ui;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.example.fullsms.blinking.BlinkingAnalysis;
import org.example.fullsms.blinking.BlinkingResult;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.ui.ParticleTab;
import org.fullsms.spi.ui.ParticleTabView;
import org.osgi.service.component.annotations.Component;

/**
 * The particle editor's "Blinking" tab: the particle's on/off blinking result as a summary line and a table of its
 * dwells. In a bundle of its own, apart from the analysis, so that the analysis, importer and exporter need no SWT.
 */
@Component(service = ParticleTab.class)
public final class BlinkingTab implements ParticleTab {

    @Override
    public String id() {
        return "org.example.fullsms.ui.blinking";
    }

    @Override
    public String label() {
        return "Blinking";
    }

    @Override
    public ParticleTabView create(Composite parent, ParticleData particle) {
        View view = new View(parent);
        view.update(particle);
        return view;
    }

    /** One editor's tab. */
    private static final class View implements ParticleTabView {

        private static final String[] COLUMNS = { "State", "Start (s)", "End (s)", "Duration (s)", "Photons" };

        private final Label summary;
        private final Table dwells;

        View(Composite parent) {
            parent.setLayout(new GridLayout(1, false));
            summary = new Label(parent, SWT.WRAP);
            summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            dwells = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
            dwells.setHeaderVisible(true);
            dwells.setLinesVisible(true);
            dwells.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            for (String c : COLUMNS) {
                new TableColumn(dwells, SWT.RIGHT).setText(c);
            }
        }

        @Override
        public void update(ParticleData particle) {
            dwells.removeAll();
            Optional<BlinkingResult> result = particle.result(BlinkingAnalysis.ID, BlinkingResult.class);
            if (result.isEmpty()) {
                summary.setText("No on/off blinking result yet: run Analysis > Extension Analyses > On/off blinking"
                        + " (the particle needs its levels first).");
            } else {
                BlinkingResult r = result.get();
                summary.setText(String.format(Locale.ROOT,
                        "On %.0f%% of the time, %d switches; mean on dwell %s, mean off dwell %s"
                                + " (threshold %.0f counts/s%s).",
                        100 * r.onFraction(), r.switches(), seconds(r.meanDwellS(true)),
                        seconds(r.meanDwellS(false)), r.thresholdCps(),
                        r.edgesCounted() ? "" : "; first and last dwell not in the means"));
                for (BlinkingResult.Dwell d : r.dwells()) {
                    new TableItem(dwells, SWT.NONE).setText(new String[] { d.on() ? "on" : "off",
                            String.format(Locale.ROOT, "%.4f", d.startNs() * 1e-9),
                            String.format(Locale.ROOT, "%.4f", d.endNs() * 1e-9),
                            String.format(Locale.ROOT, "%.4f", d.durationS()), Long.toString(d.photons()) });
                }
            }
            for (TableColumn c : dwells.getColumns()) {
                c.pack();
            }
            summary.getParent().layout();
        }

        private static String seconds(double s) {
            return Double.isNaN(s) ? "–" : String.format(Locale.ROOT, "%.3f s", s);
        }
    }
}
