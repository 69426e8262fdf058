package org.fullsms.session;

import java.util.List;
import java.util.Objects;

import org.fullsms.analysis.grouping.GlobalGroupingResult;

/**
 * The dataset-wide grouping and the particles it was made of, by name, in the order of its
 * {@code particleOffsets}.
 */
public record GlobalGroupingState(GlobalGroupingResult result, List<String> members) {

    public GlobalGroupingState {
        Objects.requireNonNull(result, "result");
        members = List.copyOf(members);
        if (members.size() != result.particles()) {
            throw new IllegalArgumentException("global grouping of " + result.particles() + " particles names "
                    + members.size());
        }
    }
}
