package org.fullsms.ui.charts;

import java.util.function.Supplier;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An 800 × 500 shell on the test display for each test, disposed after it; a test is skipped where there is no
 * display (CI runs them under Xvfb).
 */
final class TestShell implements BeforeEachCallback, AfterEachCallback {

    private final Supplier<Layout> layout;
    Display display;
    Shell shell;

    TestShell(Supplier<Layout> layout) {
        this.layout = layout;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        try {
            display = Display.getDefault();
        } catch (SWTError | UnsatisfiedLinkError e) {
            Assumptions.abort("no display: " + e);
        }
        shell = new Shell(display);
        shell.setLayout(layout.get());
        shell.setSize(800, 500);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (shell != null) {
            shell.dispose();
        }
    }

    /** Runs the event loop for a while (GTK paints on its frame clock, after the event queue is empty). */
    void runFor(long ms) {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
