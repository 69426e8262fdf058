package org.fullsms.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.fullsms.analysis.lifetime.FitResult;
import org.fullsms.runtime.state.FitTarget;

/**
 * The lifetime results of a particle: one row per fitted decay with τ, amplitudes, mean τ, IRF shift, χ²_red and
 * Durbin–Watson d, whose cell is green when d passes its 5 % lower bound and red when it fails.
 */
final class FitTable {

    private static final String[] COLUMNS = {"Decay", "Status", "τ (ns)", "Amplitudes", "Mean τ (ns)", "Shift (ns)",
        "χ²red", "DW d (5 % bound)"};
    /** Room beside a cell's text (cell padding and the sort/resize margin). */
    private static final int PADDING = 16;
    /**
     * Columns fit the widest of this many rows: enough for every level of a usual particle, while a particle with
     * thousands of levels does not measure them all.
     */
    private static final int MEASURED_ROWS = 500;

    private final Table table;
    private final Color pass;
    private final Color fail;
    private List<FitTarget> rows = List.of();
    private Map<FitTarget, FitResult> fits = Map.of();

    FitTable(Composite parent, Consumer<FitTarget> onSelect) {
        // virtual: a particle with thousands of levels has thousands of fits; rows are filled when shown
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(COLUMNS[i]);
        }
        fitColumns();
        pass = new Color(200, 240, 200);
        fail = new Color(250, 200, 200);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.Selection, e -> {
            int i = table.getSelectionIndex();
            if (i >= 0 && i < rows.size()) {
                onSelect.accept(rows.get(i));
            }
        });
    }

    Table control() {
        return table;
    }

    void show(Map<FitTarget, FitResult> fits, List<FitTarget> order, FitTarget selected) {
        List<FitTarget> list = new ArrayList<>();
        for (FitTarget t : order) {
            if (fits.containsKey(t)) {
                list.add(t);
            }
        }
        rows = list;
        this.fits = fits;
        table.clearAll();
        table.setItemCount(list.size());
        fitColumns();
        int sel = list.indexOf(selected);
        if (sel >= 0) {
            table.setSelection(sel);
        } else {
            table.deselectAll();
        }
    }

    /**
     * Each column as wide as its header or its widest text (a 2- or 3-exponential τ with errors is long); what
     * does not fit the tab scrolls sideways rather than being cut.
     */
    private void fitColumns() {
        int[] widths = new int[COLUMNS.length];
        GC gc = new GC(table);
        try {
            for (int c = 0; c < COLUMNS.length; c++) {
                widths[c] = gc.textExtent(COLUMNS[c]).x;
            }
            for (int i = 0; i < Math.min(rows.size(), MEASURED_ROWS); i++) {
                String[] texts = row(rows.get(i), fits.get(rows.get(i)));
                for (int c = 0; c < COLUMNS.length; c++) {
                    widths[c] = Math.max(widths[c], gc.textExtent(texts[c]).x);
                }
            }
        } finally {
            gc.dispose();
        }
        for (int c = 0; c < COLUMNS.length; c++) {
            table.getColumn(c).setWidth(widths[c] + PADDING);
        }
    }

    private void fill(TableItem item, int i) {
        if (i < 0 || i >= rows.size()) {
            return;
        }
        FitResult r = fits.get(rows.get(i));
        item.setText(row(rows.get(i), r));
        if (r.ok() && r.durbinWatsonBounds().length > 0 && Double.isFinite(r.durbinWatson())) {
            item.setBackground(7, r.durbinWatson() >= r.durbinWatsonBounds()[0] ? pass : fail);
        }
    }

    static String[] row(FitTarget target, FitResult r) {
        if (!r.ok()) {
            return new String[] {target.toString(), r.status().label(), r.message(), "", "", "", "", ""};
        }
        String dw = Numbers.significant(r.durbinWatson(), 4)
                + (r.durbinWatsonBounds().length > 0 ? " (" + Numbers.significant(r.durbinWatsonBounds()[0], 4) + ")" : "");
        return new String[] {target.toString(), r.status().label(), withErrors(r.tauNs(), r.tauStdNs(), 3),
            withErrors(r.amplitudes(), r.amplitudeStd(), 3), Numbers.fixed(r.meanTauAmplitudeNs(), 3),
            Numbers.fixed(r.shiftNs(), 3), Numbers.significant(r.chiSquaredReduced(), 4), dw};
    }

    private static String withErrors(double[] v, double[] err, int digits) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(Numbers.fixed(v[i], digits));
            if (i < err.length && Double.isFinite(err[i])) {
                b.append(" ± ").append(Numbers.fixed(err[i], digits));
            }
        }
        return b.toString();
    }

    void dispose() {
        pass.dispose();
        fail.dispose();
    }
}
