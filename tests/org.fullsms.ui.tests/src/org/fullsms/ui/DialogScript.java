package org.fullsms.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Plays a user at modal dialogs: each step waits for a shell of a title that satisfies its condition, then acts on
 * it (reads it, ticks, presses a button). Steps run in order from a timer, so they also run inside the nested event
 * loops of modal dialogs. A step that never finds its shell fails the script after the timeout, and then every
 * dialog is closed so the test does not hang.
 */
final class DialogScript {

    /** What a step does once its shell is there. */
    @FunctionalInterface
    interface Action {
        void on(Shell shell) throws Exception;
    }

    private record Step(String what, String title, Predicate<Shell> ready, Action action) {
    }

    private static final int POLL_MS = 100;

    private final Display display;
    private final List<Step> steps = new ArrayList<>();
    private int next;
    private long deadline;
    private Throwable failure;

    DialogScript(Display display) {
        this.display = display;
    }

    DialogScript then(String what, String title, Predicate<Shell> ready, Action action) {
        steps.add(new Step(what, title, ready, action));
        return this;
    }

    /** Starts playing; each step gets {@code timeoutMs} from when the one before it finished. */
    void start(long timeoutMs) {
        deadline = System.currentTimeMillis() + timeoutMs;
        display.timerExec(POLL_MS, () -> poll(timeoutMs));
    }

    boolean finished() {
        return next >= steps.size() || failure != null;
    }

    /** Throws what went wrong in a step, or that a step never happened. */
    void check() throws Exception {
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (next < steps.size()) {
            throw new AssertionError("dialog step never happened: " + steps.get(next).what());
        }
    }

    private void poll(long timeoutMs) {
        if (finished()) {
            return;
        }
        Step step = steps.get(next);
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && step.title().equals(shell.getText())
                    && step.ready().test(shell)) {
                try {
                    next++;
                    step.action().on(shell);
                    deadline = System.currentTimeMillis() + timeoutMs;
                } catch (Throwable t) {
                    failure = t;
                    closeDialogs();
                }
                break;
            }
        }
        if (!finished() && System.currentTimeMillis() > deadline) {
            failure = new AssertionError("timed out waiting for: " + step.what());
            closeDialogs();
        }
        if (!finished()) {
            display.timerExec(POLL_MS, () -> poll(timeoutMs));
        }
    }

    private void closeDialogs() {
        for (Shell shell : display.getShells()) {
            if (shell.getParent() != null && !shell.isDisposed()) {
                shell.close();
            }
        }
    }

    /** The first control of a type under {@code parent}, depth first, or null. */
    static <T extends Control> T find(Composite parent, Class<T> type) {
        List<T> all = findAll(parent, type);
        return all.isEmpty() ? null : all.get(0);
    }

    static <T extends Control> List<T> findAll(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite c) {
                found.addAll(findAll(c, type));
            }
        }
        return found;
    }

    static Button button(Shell shell, String label) {
        for (Button b : findAll(shell, Button.class)) {
            if (b.getText().replace("&", "").equals(label)) {
                return b;
            }
        }
        return null;
    }

    static boolean hasButton(Shell shell, String label) {
        return button(shell, label) != null;
    }

    /** Presses an enabled button as a click would. */
    static void press(Shell shell, String label) {
        Button b = button(shell, label);
        if (b == null) {
            throw new AssertionError("no button " + label + " in " + shell.getText());
        }
        if (!b.isEnabled()) {
            throw new AssertionError("button " + label + " is disabled in " + shell.getText());
        }
        b.notifyListeners(SWT.Selection, new Event());
    }
}
