package org.fullsms.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.model.DetectorChannel;
import org.fullsms.spi.ImportOptions;

/**
 * "Detector channels": an instrument file with photons on several channels opens as one particle per channel (the
 * default), or as one particle whose channel 1 and channel 2 are two chosen detectors (the set-up for
 * antibunching, correlated in the Correlation tab).
 */
public final class ChannelsDialog extends Dialog {

    private final Path file;
    private final List<DetectorChannel> channels;
    private Button each;
    private Button pair;
    private Combo first;
    private Combo second;
    private ImportOptions result;

    public ChannelsDialog(Shell parent, Path file, List<DetectorChannel> channels) {
        super(parent);
        this.file = file;
        this.channels = List.copyOf(channels);
    }

    /** What the workbench asks by default: this dialog over the active window, on the UI thread. */
    public static ChannelChoice onUiThread(Display display) {
        return (file, channels) -> {
            ImportOptions[] chosen = new ImportOptions[1];
            display.syncExec(() -> {
                ChannelsDialog d = new ChannelsDialog(display.getActiveShell(), file, channels);
                if (d.open() == OK) {
                    chosen[0] = d.result();
                }
            });
            return Optional.ofNullable(chosen[0]);
        };
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Detector channels of " + file.getFileName());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(file.getFileName() + " holds photons on " + channels.size() + " detector channels: "
                + String.join(", ", channels.stream().map(ChannelsDialog::describe).toList()) + ".");
        GridDataFactory.fillDefaults().span(3, 1).hint(420, SWT.DEFAULT).applyTo(intro);
        each = new Button(area, SWT.RADIO);
        each.setText("One particle per channel (" + channels.size() + " particles)");
        each.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(each);
        pair = new Button(area, SWT.RADIO);
        pair.setText("One particle of two channels (for antibunching):");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(pair);
        first = combo(area, "Channel 1:", 0);
        second = combo(area, "Channel 2:", 1);
        pair.addListener(SWT.Selection, e -> updateEnablement());
        each.addListener(SWT.Selection, e -> updateEnablement());
        updateEnablement();
        return area;
    }

    private Combo combo(Composite area, String label, int selected) {
        new Label(area, SWT.NONE).setText("    " + label);
        Combo c = new Combo(area, SWT.READ_ONLY);
        channels.forEach(ch -> c.add(describe(ch)));
        c.select(selected);
        c.addListener(SWT.Selection, e -> updateEnablement());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(c);
        return c;
    }

    private static String describe(DetectorChannel c) {
        return c.id() + " (" + String.format("%,d", c.photons()) + " photons)";
    }

    private void updateEnablement() {
        boolean paired = pair.getSelection();
        first.setEnabled(paired);
        second.setEnabled(paired);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!paired || first.getSelectionIndex() != second.getSelectionIndex());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Open", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateEnablement();
    }

    @Override
    protected void okPressed() {
        result = pair.getSelection()
                ? new ImportOptions(channels.get(first.getSelectionIndex()).id() + ","
                        + channels.get(second.getSelectionIndex()).id())
                : new ImportOptions("each");
        super.okPressed();
    }

    /** The layout chosen with Open, or null. */
    public ImportOptions result() {
        return result;
    }

    /** For tests: chooses the pair of the given list positions as a user would. */
    void choosePair(int firstIndex, int secondIndex) {
        each.setSelection(false);
        pair.setSelection(true);
        first.select(firstIndex);
        second.select(secondIndex);
        updateEnablement();
    }
}
