package org.fullsms.runtime.extensions;

import java.util.function.Supplier;

/**
 * The one active instance of a DS registry component, for code that DS does not create (commands, handlers, jobs):
 * the component sets itself when activated and clears itself when deactivated; while none is active (outside OSGi,
 * or before DS activates it) a stand-in made on first use is handed out.
 *
 * @param <T> the component type
 */
public final class ActiveComponent<T> {

    private final Supplier<T> standIn;
    private volatile T none;
    private volatile T active;

    /** @param standIn makes the instance used while no component is active (called at most once) */
    public ActiveComponent(Supplier<T> standIn) {
        this.standIn = standIn;
    }

    public T get() {
        T current = active;
        return current != null ? current : none();
    }

    private T none() {
        T made = none;
        if (made == null) {
            synchronized (this) {
                made = none;
                if (made == null) {
                    made = standIn.get();
                    none = made;
                }
            }
        }
        return made;
    }

    public void activated(T component) {
        active = component;
    }

    /** Clears the component, unless another one has been activated since. */
    public void deactivated(T component) {
        if (active == component) {
            active = null;
        }
    }
}
