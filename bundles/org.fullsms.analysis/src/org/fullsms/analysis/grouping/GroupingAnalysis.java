package org.fullsms.analysis.grouping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * AHCA level grouping (REFERENCE §4): starting from one group per level, each step merges the pair of groups
 * with the largest merge merit, refines the grouping by Poisson EM in log space, hard-assigns every level to
 * its most probable group, drops empty groups, sorts the groups by intensity and scores the step with
 * BIC = 2·ln L − (2G − 1)·ln N_cp − N_cp·ln N. Steps continue down to one group; the best step has the largest
 * BIC. EM usually merges many groups at once, so there are far fewer steps than levels.
 *
 * <p>Stateless and thread-safe.
 */
public final class GroupingAnalysis {

    public static final String ID = "grouping";
    public static final String VERSION = "1.0.0";

    public GroupingResult run(GroupingInput input, GroupingParameters params, IProgressMonitor monitor) {
        List<LevelInput> levels = input.levels();
        int count = levels.size();
        double[] photons = new double[count];
        double[] dwell = new double[count];
        for (int j = 0; j < count; j++) {
            photons[j] = levels.get(j).photons();
            dwell[j] = levels.get(j).dwellS();
        }
        PoissonEm em = new PoissonEm(photons, dwell, input.totalDurationS(), params);
        SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, count - 1));
        List<GroupingStep> steps = new ArrayList<>();
        if (count == 1) {
            progress.split(1);
            steps.add(new GroupingStep(0, em.singleLevelLogAlpha(), groupsOf(new int[1], 1, levels), new int[1], 0));
            return new GroupingResult(ID, VERSION, params, steps, 0, 0);
        }
        double logCpts = Math.log(input.numChangePoints());
        double logPhotons = Math.log((double) input.totalPhotons());
        int[] assignment = new int[count];
        for (int j = 0; j < count; j++) {
            assignment[j] = j;
        }
        double[] groupPhotons = photons.clone();
        double[] groupDwell = dwell.clone();
        int groups = count;
        while (groups > 1) {
            long pair = MergeSearch.bestPair(groupPhotons, groupDwell, groups);
            int low = (int) (pair / groups);
            int high = (int) (pair % groups);
            for (int j = 0; j < count; j++) {
                int g = assignment[j];
                assignment[j] = g == high ? low : g > high ? g - 1 : g;
            }
            em.run(assignment, groups - 1);
            int left = sortGroups(assignment, photons, dwell, groupPhotons, groupDwell);
            double bic = 2 * em.logLikelihood() - (2.0 * left - 1) * logCpts - input.numChangePoints() * logPhotons;
            steps.add(new GroupingStep(bic, em.logLikelihood(), groupsOf(assignment, left, levels), assignment,
                    em.iterations()));
            progress.split(groups - left);
            groups = left;
        }
        int best = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).bic() > steps.get(best).bic()) {
                best = i;
            }
        }
        return new GroupingResult(ID, VERSION, params, steps, best, best);
    }

    /**
     * Renumbers {@code assignment} so that non-empty groups are 0..G−1 in ascending intensity, fills the group
     * sums for the next merge and returns G.
     */
    static int sortGroups(int[] assignment, double[] photons, double[] dwell, double[] groupPhotons,
            double[] groupDwell) {
        int slots = photons.length;
        double[] n = new double[slots];
        double[] t = new double[slots];
        for (int j = 0; j < assignment.length; j++) {
            n[assignment[j]] += photons[j];
            t[assignment[j]] += dwell[j];
        }
        double[] intensity = new double[slots];
        GroupSorter sorter = new GroupSorter();
        int[] order = sorter.buffer(slots);
        int used = 0;
        for (int g = 0; g < slots; g++) {
            if (t[g] > 0) {
                intensity[g] = n[g] / t[g];
                order[used++] = g;
            }
        }
        // Stable: groups of equal intensity keep their order.
        sorter.sort(order, used, intensity);
        int[] rank = new int[slots];
        for (int r = 0; r < used; r++) {
            rank[order[r]] = r;
            groupPhotons[r] = n[order[r]];
            groupDwell[r] = t[order[r]];
        }
        for (int j = 0; j < assignment.length; j++) {
            assignment[j] = rank[assignment[j]];
        }
        return used;
    }

    private static List<Group> groupsOf(int[] assignment, int groups, List<LevelInput> levels) {
        long[] photons = new long[groups];
        double[] dwell = new double[groups];
        int[] members = new int[groups];
        for (int j = 0; j < assignment.length; j++) {
            int g = assignment[j];
            photons[g] += levels.get(j).photons();
            dwell[g] += levels.get(j).dwellS();
            members[g]++;
        }
        List<Group> list = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            list.add(new Group(g, photons[g] / dwell[g], photons[g], dwell[g], members[g]));
        }
        return list;
    }
}
