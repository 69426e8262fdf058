package org.fullsms.runtime.extensions;

/**
 * The one active instance of a DS registry component, for code that DS does not create (commands, handlers, jobs):
 * the component sets itself when activated and clears itself when deactivated; outside OSGi the empty instance
 * stands in.
 *
 * @param <T> the component type
 */
public final class ActiveComponent<T> {

    private final T none;
    private volatile T active;

    /** @param none the empty instance used while no component is active */
    public ActiveComponent(T none) {
        this.none = none;
        this.active = none;
    }

    public T get() {
        return active;
    }

    public void activated(T component) {
        active = component;
    }

    /** Clears the component, unless another one has been activated since. */
    public void deactivated(T component) {
        if (active == component) {
            active = none;
        }
    }
}
