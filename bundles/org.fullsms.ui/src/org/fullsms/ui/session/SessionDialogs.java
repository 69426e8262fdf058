package org.fullsms.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.state.AnalysisSession;

/** The workbench's {@link UnsavedWork.Prompt}: plain dialogs over the active window; the decisions are elsewhere. */
public final class SessionDialogs implements UnsavedWork.Prompt {

    @Override
    public UnsavedWork.Answer askSave(String action, List<AnalysisSession> modified) {
        String names = modified.stream().map(SessionDialogs::name).collect(Collectors.joining("\n"));
        MessageDialog dialog = new MessageDialog(shell(), action, null,
                "The analysis of " + (modified.size() == 1 ? "this file has" : "these files have")
                        + " changed since it was last saved:\n" + names + "\n\nSave before you " + action.toLowerCase()
                        + "?",
                MessageDialog.QUESTION, 0, "Save", "Discard", "Cancel");
        return switch (dialog.open()) {
            case 0 -> UnsavedWork.Answer.SAVE;
            case 1 -> UnsavedWork.Answer.DISCARD;
            default -> UnsavedWork.Answer.CANCEL; // Cancel, Escape or the window's close box
        };
    }

    @Override
    public Path chooseTarget(AnalysisSession session, Path suggested) {
        FileDialog dialog = new FileDialog(shell(), SWT.SAVE);
        dialog.setText("Save analysis of " + name(session));
        dialog.setFilterNames(new String[] { "Full SMS session (*.smsa)", "All files" });
        dialog.setFilterExtensions(new String[] { "*.smsa", "*" });
        if (suggested != null) {
            dialog.setFilterPath(suggested.getParent().toString());
            dialog.setFileName(suggested.getFileName().toString());
        }
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    @Override
    public boolean askRecover(Path recovery) {
        return MessageDialog.openQuestion(shell(), "Recover analysis", "Full SMS stopped without saving an analysis; "
                + "it was autosaved to\n" + recovery + "\n\nOpen it? (No removes the autosaved copy.)");
    }

    private static String name(AnalysisSession session) {
        return session.dataset().source().map(p -> p.getFileName().toString()).orElse("(in memory)");
    }

    private static Shell shell() {
        return Display.getDefault().getActiveShell();
    }
}
