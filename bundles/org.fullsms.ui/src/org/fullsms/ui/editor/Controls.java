package org.fullsms.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Small factories for the tabs' control rows. */
final class Controls {

    private Controls() {
    }

    /** A wrapping row of controls across the top of a tab. */
    static Composite row(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.wrap = true;
        layout.spacing = 4;
        layout.marginHeight = 2;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return row;
    }

    static Button button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    static Button check(Composite parent, String text, boolean on, Runnable action) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setSelection(on);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        return l;
    }

    static void separator(Composite parent) {
        Label l = new Label(parent, SWT.SEPARATOR | SWT.VERTICAL);
        l.setLayoutData(new RowData(SWT.DEFAULT, 20));
    }
}
