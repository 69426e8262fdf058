package org.fullsms.model;

import java.io.IOException;

/**
 * A value loaded on first use, thread-safely, and releasable to free its memory (it is loaded again on the
 * next use). A {@link PhotonDataException} from the loader is remembered: the data are bad, trying again
 * would give the same answer. Other I/O failures are not remembered, so a later call retries.
 *
 * @param <T> the loaded value
 */
public final class Lazy<T> {

    /** Loads the value; called at most once at a time. */
    @FunctionalInterface
    public interface Loader<T> {
        T load() throws IOException;
    }

    private final Loader<T> loader;
    private volatile T value;
    private volatile PhotonDataException failure;

    private Lazy(Loader<T> loader, T value) {
        this.loader = loader;
        this.value = value;
    }

    /** A value read on demand through {@code loader}. */
    public static <T> Lazy<T> of(Loader<T> loader) {
        if (loader == null) {
            throw new IllegalArgumentException("loader is null");
        }
        return new Lazy<>(loader, null);
    }

    /** A value held in memory (simulated or converted data); {@link #release()} does nothing. */
    public static <T> Lazy<T> ofValue(T value) {
        if (value == null) {
            throw new IllegalArgumentException("value is null");
        }
        return new Lazy<>(null, value);
    }

    /** The value, loading it first if needed. */
    public T get() throws IOException {
        T v = value;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            if (value == null) {
                if (failure != null) {
                    throw new PhotonDataException(failure.getMessage(), failure);
                }
                try {
                    value = loader.load();
                } catch (PhotonDataException e) {
                    failure = e;
                    throw e;
                }
            }
            return value;
        }
    }

    /** Drops a loaded value so the memory can be reclaimed; no effect on in-memory values. */
    public void release() {
        if (loader != null) {
            synchronized (this) {
                value = null;
            }
        }
    }

    public boolean isLoaded() {
        return value != null;
    }

    /** True when the value lives only in memory and cannot be released. */
    public boolean isInMemory() {
        return loader == null;
    }

    /** The remembered data failure, or {@code null} when none occurred (yet). */
    public PhotonDataException failure() {
        return failure;
    }
}
