package org.fullsms.ui.handlers;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.fullsms.ui.p2.Provisioning;

/**
 * What the Help menu's software handlers share: the agent and profile to show and change, and the restart after a
 * change.
 */
final class SoftwareHandlers {

    private SoftwareHandlers() {
    }

    /**
     * The running product's p2 agent and profile, looked up when the dialog's job asks; a {@link Provisioning} in the
     * context (tests put a temporary profile there) is used instead.
     */
    static Supplier<Optional<Provisioning>> provisioning(Provisioning fromContext) {
        return fromContext != null ? () -> Optional.of(fromContext) : Provisioning::runningProduct;
    }

    /** Restarts the workbench once unsaved analyses are settled, as Reset Layout does. */
    static Runnable restart(IEclipseContext context, String what) {
        return () -> ContextInjectionFactory.make(WorkbenchRestart.class, context).restart(what);
    }
}
