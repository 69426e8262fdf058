package org.fullsms.ui.p2;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A message with lines below it in a scrolling box: what a resolved change will do (to confirm) or why p2 cannot
 * do it (p2's own explanation, which names the missing requirement; never a stack trace).
 */
final class ReviewDialog extends MessageDialog {

    private final List<String> lines;

    private ReviewDialog(Shell parent, String title, int kind, String message, List<String> lines, String... buttons) {
        super(parent, title, null, message, kind, 0, buttons);
        this.lines = lines;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Asks to go ahead with the changes; true for {@code verb}, false for Cancel. */
    static boolean confirm(Shell parent, String title, String message, List<String> changes, String verb) {
        return new ReviewDialog(parent, title, CONFIRM, message, changes, verb, IDialogConstants.CANCEL_LABEL)
                .open() == 0;
    }

    static void error(Shell parent, String title, String message, String details) {
        List<String> lines = details == null || details.isBlank() ? List.of() : List.of(details.strip().split("\n"));
        new ReviewDialog(parent, title, ERROR, message, lines, IDialogConstants.OK_LABEL).open();
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        if (lines.isEmpty()) {
            return null;
        }
        Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setText(String.join("\n", lines));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 640;
        data.heightHint = Math.min(320, Math.max(60, lines.size() * text.getLineHeight() + 12));
        text.setLayoutData(data);
        return text;
    }
}
