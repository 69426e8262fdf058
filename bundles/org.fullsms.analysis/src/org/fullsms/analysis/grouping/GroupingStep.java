package org.fullsms.analysis.grouping;

import java.util.Arrays;
import java.util.List;

/**
 * One step of the clustering: the groups left after a merge and its EM refinement.
 *
 * @param bic           2·ln L − (2G − 1)·ln N_cp − N_cp·ln N (0 for the trivial single-level step)
 * @param logLikelihood ln L of the hard assignment as the original defines it (terms with α at or below the
 *                      minimum term probability left out)
 * @param groups        the groups, ascending intensity
 * @param levelGroup    for each input level the index of its group in {@code groups} (a copy is returned)
 * @param emIterations  EM iterations this step ran (0 for the trivial step)
 */
public record GroupingStep(double bic, double logLikelihood, List<Group> groups, int[] levelGroup,
        int emIterations) {

    public GroupingStep {
        groups = List.copyOf(groups);
        levelGroup = levelGroup.clone();
    }

    public int numGroups() {
        return groups.size();
    }

    @Override
    public int[] levelGroup() {
        return levelGroup.clone();
    }

    /** The group of level {@code level}, without copying the array. */
    public int groupOf(int level) {
        return levelGroup[level];
    }

    public int numLevels() {
        return levelGroup.length;
    }

    /** Number of group levels "apply groups" makes: runs of consecutive levels in one group. */
    public int numGroupLevels() {
        int runs = levelGroup.length == 0 ? 0 : 1;
        for (int i = 1; i < levelGroup.length; i++) {
            if (levelGroup[i] != levelGroup[i - 1]) {
                runs++;
            }
        }
        return runs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupingStep s && Double.compare(bic, s.bic) == 0
                && Double.compare(logLikelihood, s.logLikelihood) == 0 && groups.equals(s.groups)
                && Arrays.equals(levelGroup, s.levelGroup) && emIterations == s.emIterations;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(bic) + Arrays.hashCode(levelGroup);
    }

    @Override
    public String toString() {
        return "GroupingStep[groups=" + groups.size() + ", bic=" + bic + ", lnL=" + logLikelihood + "]";
    }
}
