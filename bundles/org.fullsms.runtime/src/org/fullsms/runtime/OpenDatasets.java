package org.fullsms.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.fullsms.model.Dataset;

/**
 * The datasets open in a workbench. Thread-safe: jobs add datasets, the UI listens. Closing a dataset releases
 * its photons and closes its file, so its memory can be reclaimed.
 */
public final class OpenDatasets {

    /** What changed. */
    public enum Change {
        OPENED, CLOSED
    }

    /** A change and the dataset it concerns. */
    public record Event(Change change, Dataset dataset) {
    }

    private final List<Dataset> datasets = new CopyOnWriteArrayList<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

    public List<Dataset> datasets() {
        return List.copyOf(datasets);
    }

    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    public void add(Dataset dataset) {
        datasets.add(dataset);
        fire(new Event(Change.OPENED, dataset));
    }

    /** Closes the dataset: releases its photons and its file; listeners hear of it even when closing fails. */
    public void close(Dataset dataset) throws IOException {
        if (!datasets.remove(dataset)) {
            return;
        }
        try {
            dataset.releaseAll();
            dataset.close();
        } finally {
            fire(new Event(Change.CLOSED, dataset));
        }
    }

    /** Closes every dataset; reports the first failure after trying all. */
    public void closeAll() throws IOException {
        IOException first = null;
        for (Dataset d : new ArrayList<>(datasets)) {
            try {
                close(d);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void fire(Event event) {
        for (Consumer<Event> l : listeners) {
            l.accept(event);
        }
    }
}
