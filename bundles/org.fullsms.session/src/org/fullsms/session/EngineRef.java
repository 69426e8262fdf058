package org.fullsms.session;

/** An engine whose results a session holds: its id (e.g. {@code cpa}) and version. */
public record EngineRef(String id, String version) implements Comparable<EngineRef> {

    @Override
    public int compareTo(EngineRef o) {
        int c = id.compareTo(o.id);
        return c != 0 ? c : version.compareTo(o.version);
    }
}
