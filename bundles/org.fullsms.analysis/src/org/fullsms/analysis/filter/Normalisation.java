package org.fullsms.analysis.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An applied intensity–lifetime normalisation of a dataset: the line it used, "Only Drift", and the normalised
 * intensity of every level, group level or group it covered, by particle name and index. The measured values are
 * not touched, so removing the normalisation restores them. Immutable.
 */
public final class Normalisation {

    /**
     * One normalised level.
     *
     * @param particle "Particle N" or "Particle N_2"
     * @param kind     level, group level or group
     * @param index    0-based index among the particle's levels, group levels or groups of the selected step
     * @param level    its normalised intensity
     */
    public record Entry(String particle, LevelKind kind, int index, NormalisedLevel level) {

        public Entry {
            Objects.requireNonNull(particle, "particle");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(level, "level");
            if (index < 0) {
                throw new IllegalArgumentException("a level index is >= 0, got " + index);
            }
        }
    }

    private record Key(String particle, LevelKind kind, int index) {
    }

    private final TauIntensityRegression line;
    private final boolean onlyDrift;
    private final List<Entry> entries;
    private final Map<Key, NormalisedLevel> byKey;

    /**
     * @param line      the τ–I line the intensities come from
     * @param onlyDrift whether only levels above the line were moved
     * @param entries   one per normalised level
     * @throws IllegalArgumentException when a level appears twice
     */
    public Normalisation(TauIntensityRegression line, boolean onlyDrift, List<Entry> entries) {
        this.line = Objects.requireNonNull(line, "line");
        this.onlyDrift = onlyDrift;
        this.entries = List.copyOf(entries);
        this.byKey = new HashMap<>(entries.size() * 2);
        for (Entry e : this.entries) {
            if (byKey.put(new Key(e.particle(), e.kind(), e.index()), e.level()) != null) {
                throw new IllegalArgumentException(e.particle() + " " + e.kind() + " " + (e.index() + 1)
                        + " is normalised twice");
            }
        }
    }

    public TauIntensityRegression line() {
        return line;
    }

    public boolean onlyDrift() {
        return onlyDrift;
    }

    /** Every normalised level, in the order they were normalised. */
    public List<Entry> entries() {
        return entries;
    }

    /** The normalised level, if this normalisation covered it. */
    public Optional<NormalisedLevel> of(String particle, LevelKind kind, int index) {
        return Optional.ofNullable(byKey.get(new Key(particle, kind, index)));
    }

    /**
     * The same without the particle's entries: its levels, grouping or fits changed, so the line's intensities no
     * longer belong to them.
     */
    public Normalisation without(String particle) {
        List<Entry> kept = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (!e.particle().equals(particle)) {
                kept.add(e);
            }
        }
        return new Normalisation(line, onlyDrift, kept);
    }

    /** Whether an entry belongs to the particle. */
    public boolean covers(String particle) {
        return entries.stream().anyMatch(e -> e.particle().equals(particle));
    }

    /** How many levels were moved onto the line. */
    public long moved() {
        return entries.stream().filter(e -> e.level().moved()).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalisation n && n.line.equals(line) && n.onlyDrift == onlyDrift
                && n.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, onlyDrift, entries);
    }

    @Override
    public String toString() {
        return "Normalisation[" + line.equation() + (onlyDrift ? ", only drift" : ", all") + ", " + entries.size()
                + " levels, " + moved() + " moved]";
    }
}
