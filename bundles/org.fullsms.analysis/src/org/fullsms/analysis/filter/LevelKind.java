package org.fullsms.analysis.filter;

/** What a filtered point is: a change point level, a group level (a run of levels of one group) or a group. */
public enum LevelKind {
    LEVEL("Levels"), GROUP_LEVEL("Group levels"), GROUP("Groups");

    private final String label;

    LevelKind(String label) {
        this.label = label;
    }

    /** Plural, for a choice: "Group levels". */
    public String label() {
        return label;
    }
}
