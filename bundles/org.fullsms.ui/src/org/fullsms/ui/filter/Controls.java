package org.fullsms.ui.filter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The few widget shapes of the Filtering view, kept compact so that it fits a short stack. */
final class Controls {

    /** Combos are not as wide as the longest file name or choice. */
    private static final int COMBO_WIDTH = 120;

    private Controls() {
    }

    /** A column of controls in a grid without margins or gaps between rows. */
    static Composite column(Composite parent, int columns) {
        Composite column = new Composite(parent, SWT.NONE);
        GridLayout g = new GridLayout(columns, false);
        g.marginHeight = 0;
        g.marginWidth = 0;
        g.verticalSpacing = 0;
        column.setLayout(g);
        column.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        return column;
    }

    /** A row of controls in a grid cell, wrapping when narrow. */
    static Composite row(Composite parent, int span) {
        Composite row = new Composite(parent, SWT.NONE);
        RowLayout r = new RowLayout(SWT.HORIZONTAL);
        r.center = true;
        r.wrap = true;
        r.marginHeight = 0;
        r.marginWidth = 0;
        r.spacing = 6;
        row.setLayout(r);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return row;
    }

    static Combo combo(Composite grid, String tip, String... items) {
        Combo c = new Combo(grid, SWT.READ_ONLY);
        c.setItems(items);
        if (items.length > 0) {
            c.select(0);
        }
        c.setToolTipText(tip);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = COMBO_WIDTH;
        c.setLayoutData(d);
        return c;
    }

    static Button check(Composite parent, String text, boolean on, String tip) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setSelection(on);
        b.setToolTipText(tip);
        return b;
    }

    static Button button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** A label that wraps at its cell's width rather than asking for the width of its text. */
    static Label wrapping(Composite parent) {
        Label l = new Label(parent, SWT.WRAP);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 100;
        l.setLayoutData(d);
        return l;
    }

    static void separator(Composite grid, int span) {
        new Label(grid, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false,
                span, 1));
    }
}
