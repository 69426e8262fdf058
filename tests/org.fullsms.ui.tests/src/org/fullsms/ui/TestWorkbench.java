package org.fullsms.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.FullSmsJobs;
import org.fullsms.ui.prefs.UiPreferences;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Runs the product's e4 workbench (same application model, CSS and branding as the product) on the calling
 * thread, hands it to a check once its window is up, then closes it. Failures inside the check are rethrown.
 * Only public platform API is used: the e4 application is taken from the extension registry and started as any
 * {@link IApplication}; the running workbench is the {@link IWorkbench} service it registers. Every workbench
 * starts with the product's default preferences, as on a fresh installation: what one test chose (the fit dialog's
 * model, the intensity unit, recent files) must not change what the next one does.
 */
final class TestWorkbench {

    /** A check that runs on the UI thread inside the live workbench. */
    @FunctionalInterface
    interface Check {
        void inspect(TestWorkbench workbench) throws Exception;
    }

    private static final Map<String, String> BRANDING = Map.of(
            "applicationXMI", "org.fullsms.app/Application.e4xmi",
            "applicationCSS", "platform:/plugin/org.fullsms.app/css/default.css",
            "appName", "Full SMS",
            "lifeCycleURI", "bundleclass://org.fullsms.ui/org.fullsms.ui.lifecycle.WorkbenchLifeCycle",
            "clearPersistedState", "true");

    private static final String E4_APPLICATION = "org.eclipse.e4.ui.workbench.swt.E4Application";

    private final IWorkbench workbench;
    private final Display display;

    private TestWorkbench(IWorkbench workbench, Display display) {
        this.workbench = workbench;
        this.display = display;
    }

    static void run(Check check) throws Exception {
        resetPreferences();
        Display display = Display.getDefault();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long deadline = System.currentTimeMillis() + 60_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            IWorkbench running = runningWorkbench();
            TestWorkbench workbench = running == null ? null : new TestWorkbench(running, display);
            Shell shell = workbench == null ? null : workbench.mainShellOrNull();
            if (shell == null || shell.isDisposed() || !shell.isVisible()) {
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(100, poll[0]);
                } else {
                    failure.set(new AssertionError("no visible workbench window within 60 s"));
                    if (running != null) {
                        running.close();
                    }
                }
                return;
            }
            try {
                check.inspect(workbench);
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                running.close();
            }
        };
        display.timerExec(200, poll[0]);
        // Returns when the workbench closes; the application disposes the display.
        e4Application().start(new BrandingContext());
        if (!display.isDisposed()) {
            display.dispose();
        }
        if (failure.get() instanceof Exception e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
    }

    /** Clears what earlier workbenches of this test run left in the instance scope of {@code org.fullsms.ui}. */
    private static void resetPreferences() throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(UiPreferences.NODE);
        node.clear();
        node.flush();
    }

    /** The e4 application as its plug-in declares it, made as the application container would make it. */
    private static IApplication e4Application() throws Exception {
        for (IConfigurationElement e : Platform.getExtensionRegistry()
                .getExtension("org.eclipse.core.runtime.applications", E4_APPLICATION).getConfigurationElements()) {
            for (IConfigurationElement run : e.getChildren("run")) {
                return (IApplication) run.createExecutableExtension("class");
            }
        }
        throw new AssertionError("the application " + E4_APPLICATION + " is not installed");
    }

    /** The workbench the e4 application registered as a service, or null before it has started. */
    private static IWorkbench runningWorkbench() {
        BundleContext context = FrameworkUtil.getBundle(IWorkbench.class).getBundleContext();
        ServiceReference<IWorkbench> ref = context == null ? null : context.getServiceReference(IWorkbench.class);
        return ref == null ? null : context.getService(ref);
    }

    MApplication application() {
        return workbench.getApplication();
    }

    /** The main window's context (part, model and handler services). */
    IEclipseContext windowContext() {
        return workbench.getApplication().getChildren().get(0).getContext();
    }

    Display display() {
        return display;
    }

    /**
     * Runs the event loop until {@code condition} holds; fails after {@code timeoutMs} naming {@code what}.
     * Sleeps a little when the queue is empty, so jobs' asyncExec calls are picked up promptly.
     */
    void waitUntil(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        waitUntil(what, timeoutMs, condition, () -> "");
    }

    /** As {@link #waitUntil(String, long, BooleanSupplier)}; a timeout also tells what {@code state} says then. */
    void waitUntil(String what, long timeoutMs, BooleanSupplier condition, java.util.function.Supplier<String> state)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                String now = state.get();
                throw new AssertionError("timed out after " + timeoutMs + " ms waiting for " + what
                        + (now.isEmpty() ? "" : " (" + now + ")"));
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
    }

    /** Waits until no Full SMS job runs or waits, processing events meanwhile. */
    void waitForJobs(String what, long timeoutMs) throws InterruptedException {
        waitUntil(what, timeoutMs, () -> Job.getJobManager().find(FullSmsJobs.FAMILY).length == 0);
        processEvents();
    }

    Shell mainShell() {
        Shell shell = mainShellOrNull();
        if (shell == null) {
            throw new AssertionError("no workbench window");
        }
        return shell;
    }

    private Shell mainShellOrNull() {
        List<MWindow> windows = workbench.getApplication().getChildren();
        return windows.isEmpty() || !(windows.get(0).getWidget() instanceof Shell s) ? null : s;
    }

    /** Fires the menu's show event so e4 computes each item's enablement, as when a user opens it. */
    void showMenu(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        menu.notifyListeners(SWT.Hide, new Event());
    }

    void processEvents() {
        while (display.readAndDispatch()) {
            // drain the queue
        }
    }

    /** Runs a command through its handler, as its menu item does; fails when the command is disabled. */
    void execute(String commandId) {
        ECommandService commands = windowContext().get(ECommandService.class);
        EHandlerService handlers = windowContext().get(EHandlerService.class);
        ParameterizedCommand command = commands.createCommand(commandId, null);
        assertTrue(handlers.canExecute(command), commandId + " is enabled");
        handlers.executeHandler(command);
        processEvents();
    }

    /** The text of the Edit menu's item starting with {@code verb}, as a user sees it when opening the menu. */
    String editMenuItem(String verb) {
        Menu edit = Arrays.stream(mainShell().getMenuBar().getItems())
                .filter(i -> i.getText().replace("&", "").equals("Edit")).findFirst().orElseThrow().getMenu();
        showMenu(edit);
        return Arrays.stream(edit.getItems()).map(i -> i.getText().replace("&", "").split("\t")[0])
                .filter(t -> t.startsWith(verb)).findFirst().orElseThrow();
    }

    List<String> visiblePartLabels() {
        EModelService models = workbench.getApplication().getContext().get(EModelService.class);
        return models.findElements(workbench.getApplication(), null, MPart.class, null).stream()
                .filter(p -> p.isToBeRendered() && p.getWidget() != null).map(MPart::getLabel).toList();
    }

    /** The product's branding properties, as the product extension would supply them. */
    private static final class BrandingContext implements IApplicationContext {
        @Override
        public Map<String, Object> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, new String[0]);
        }

        @Override
        public void applicationRunning() {
            // no splash screen to take down
        }

        @Override
        public String getBrandingApplication() {
            return E4_APPLICATION;
        }

        @Override
        public String getBrandingName() {
            return "Full SMS";
        }

        @Override
        public String getBrandingDescription() {
            return "Full SMS";
        }

        @Override
        public String getBrandingId() {
            return "org.fullsms.app.product";
        }

        @Override
        public String getBrandingProperty(String key) {
            return BRANDING.get(key);
        }

        @Override
        public Bundle getBrandingBundle() {
            return FrameworkUtil.getBundle(TestWorkbench.class);
        }

        @Override
        public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
            // the test reads the workbench directly
        }
    }
}
