package org.fullsms.ui.extensions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fullsms.runtime.extensions.Extensions;
import org.fullsms.runtime.extensions.ParameterRecords;
import org.fullsms.runtime.state.ExtensionResult;
import org.fullsms.spi.analysis.AnalysisEngine;

/**
 * The particle editor's "Extensions" tab: every extension result of the particle — analysis, version, parameters
 * and the result's summary, or why the analysis failed. It makes the results of any extension visible, with or
 * without a tab of its own, and those of an extension no longer installed (then by id, parameters and result as
 * the JSON stored).
 */
final class ExtensionResultsTab {

    /** The tab's title. */
    static final String TITLE = "Extensions";

    private static final String[] COLUMNS = { "Analysis", "Version", "Parameters", "Result" };
    /** Widest a column is packed to, in pixels: long JSON or messages stay readable in the tooltip. */
    private static final int MAX_COLUMN_WIDTH = 640;

    private final CTabItem item;
    private final Table table;

    ExtensionResultsTab(CTabFolder folder) {
        item = new CTabItem(folder, SWT.NONE);
        item.setText(TITLE);
        Composite area = new Composite(folder, SWT.NONE);
        area.setLayout(new FillLayout());
        item.setControl(area);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : COLUMNS) {
            new TableColumn(table, SWT.NONE).setText(c);
        }
        // the full text of a cell too wide for its column
        table.addListener(SWT.MouseHover, e -> {
            TableItem row = table.getItem(new Point(e.x, e.y));
            String tip = null;
            if (row != null) {
                for (int i = 0; i < COLUMNS.length && tip == null; i++) {
                    if (row.getBounds(i).contains(e.x, e.y)) {
                        tip = row.getText(i);
                    }
                }
            }
            table.setToolTipText(tip);
        });
    }

    CTabItem item() {
        return item;
    }

    /** Shows the results, described by the analyses installed now. */
    void show(Collection<ExtensionResult> results, Extensions extensions) {
        table.removeAll();
        for (ExtensionResult r : results) {
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(row(r, extensions.analysis(r.engineId())).toArray(String[]::new));
            if (r.failed()) {
                row.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
            c.setWidth(Math.min(c.getWidth(), MAX_COLUMN_WIDTH));
        }
    }

    /** The cells of one result: analysis, version, parameters, result. */
    static List<String> row(ExtensionResult r, Optional<AnalysisEngine<?, ?>> engine) {
        List<String> cells = new ArrayList<>();
        cells.add(engine.map(AnalysisEngine::label).orElse(r.engineId() + " (not installed)"));
        String installed = engine.map(AnalysisEngine::version).orElse(r.engineVersion());
        cells.add(installed.equals(r.engineVersion()) ? r.engineVersion()
                : r.engineVersion() + " (installed: " + installed + ")");
        cells.add(engine.map(e -> parameters(e, r.parametersJson())).orElse(r.parametersJson()));
        if (r.failed()) {
            cells.add("Failed: " + r.error());
        } else {
            cells.add(engine.filter(e -> r.value() != null).map(e -> summary(e, r.value(), r.resultJson()))
                    .orElse(r.resultJson()));
        }
        return cells;
    }

    /** "Threshold 1.2 × mean, Weighting PHOTONS"; the stored JSON when the analysis's record no longer reads it. */
    private static <P extends Record> String parameters(AnalysisEngine<P, ?> engine, String json) {
        try {
            Map<String, String> values = ParameterRecords.values(ParameterRecords.fromJson(engine.parameterType(),
                    engine.defaultParameters(), json));
            List<String> parts = new ArrayList<>();
            for (ParameterRecords.Field f : ParameterRecords.fields(engine.parameterType())) {
                parts.add(f.label() + " " + values.get(f.name()) + (f.unit().isEmpty() ? "" : " " + f.unit()));
            }
            return String.join(", ", parts);
        } catch (RuntimeException e) {
            return json;
        }
    }

    /** The engine's summary of a result; the stored JSON when the summary fails. */
    private static <R> String summary(AnalysisEngine<?, R> engine, Object value, String json) {
        try {
            return engine.summary(engine.resultType().cast(value));
        } catch (RuntimeException e) {
            return json;
        }
    }

    void dispose() {
        if (!item.isDisposed()) {
            item.getControl().dispose();
            item.dispose();
        }
    }
}
