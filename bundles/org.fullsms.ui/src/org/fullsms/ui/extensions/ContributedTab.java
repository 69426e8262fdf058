package org.fullsms.ui.extensions;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.fullsms.spi.analysis.ParticleData;
import org.fullsms.spi.ui.ParticleTab;
import org.fullsms.spi.ui.ParticleTabView;

/**
 * One {@link ParticleTab} in one particle editor. The extension's code runs inside a guard: when its create or
 * update throws, the tab shows what went wrong in place of its view, the failure is reported, and the editor and its
 * other tabs carry on.
 */
final class ContributedTab {

    private final ParticleTab tab;
    private final CTabItem item;
    private final Composite area;
    private final Consumer<String> report;
    private String label;
    private ParticleTabView view;

    /**
     * Makes the tab at {@code index} of the folder and its view for {@code particle}.
     *
     * @param report takes the message of a failure of the extension's code
     */
    ContributedTab(CTabFolder folder, int index, ParticleTab tab, ParticleData particle, Consumer<String> report) {
        this.tab = tab;
        this.report = report;
        label = tab.id();
        item = new CTabItem(folder, SWT.NONE, index);
        item.setText(label);
        area = new Composite(folder, SWT.NONE);
        item.setControl(area);
        try {
            label = tab.label();
            item.setText(label);
            view = tab.create(area, particle);
            if (view == null) {
                throw new IllegalStateException("create returned no view");
            }
        } catch (RuntimeException | LinkageError e) {
            fail("could not be created", e);
        }
    }

    ParticleTab tab() {
        return tab;
    }

    CTabItem item() {
        return item;
    }

    /** Hands the view the particle's fresh snapshot (UI thread). */
    void update(ParticleData particle) {
        if (view == null) {
            return;
        }
        try {
            view.update(particle);
        } catch (RuntimeException | LinkageError e) {
            fail("failed to update", e);
        }
    }

    private void fail(String what, Throwable e) {
        closeView();
        String failure = name() + " " + what + ": "
                + (e.getMessage() == null ? e.toString() : e.getMessage());
        for (Control c : area.getChildren()) {
            c.dispose();
        }
        area.setLayout(new GridLayout());
        Label message = new Label(area, SWT.WRAP);
        message.setText(failure + "\n\nThe other tabs are not affected; the extension's author may want to know.");
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        area.layout(true, true);
        report.accept(failure);
    }

    private String name() {
        return "The tab \"" + label + "\" (" + tab.id() + ")";
    }

    /** Lets the view release what it holds; its failure to do so is reported, never thrown. */
    private void closeView() {
        ParticleTabView closing = view;
        view = null;
        if (closing == null) {
            return;
        }
        try {
            closing.dispose();
        } catch (RuntimeException | LinkageError e) {
            report.accept(name() + " failed to close: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /** Closes the view and removes the tab from the editor. */
    void dispose() {
        closeView();
        if (!item.isDisposed()) {
            item.dispose();
        }
        if (!area.isDisposed()) {
            area.dispose();
        }
    }
}
