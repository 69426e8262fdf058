package org.fullsms.export;

import org.fullsms.analysis.grouping.Group;
import org.fullsms.analysis.grouping.GroupingResult;
import org.fullsms.analysis.grouping.GroupingStep;

/** {@code <p> groups-info.csv} and {@code <p> grouping-results.csv}. */
final class GroupingCsv {

    private GroupingCsv() {
    }

    /**
     * Two header lines, a blank line, then the selected step's groups:
     * {@code Group #, Int (counts/s), Total Dwell Time (s), # of Levels, # of Photons}. "# of Groups" is the
     * selected step's count (the original printed the best step's, which disagrees with the rows when another
     * step is selected).
     */
    static byte[] groupsInfo(GroupingResult result, IntensityColumn intensity) {
        GroupingStep selected = result.selected();
        Csv csv = new Csv(256 + selected.numGroups() * 80);
        csv.line("# of Groups:," + selected.numGroups());
        csv.line("Selected solution highest BIC value?," + (result.bestStep() == result.selectedStep() ? "TRUE"
                : "FALSE"));
        csv.line("");
        csv.row("Group #", intensity.header(), "Total Dwell Time (s)", "# of Levels", "# of Photons");
        for (Group g : selected.groups()) {
            csv.cell(g.index() + 1).cell(intensity.value(g.intensityCps())).cell(g.dwellS()).cell(g.numLevels()).cell(g.photons())
                    .end();
        }
        return csv.bytes();
    }

    /**
     * Three header lines (number of steps, the best step's BIC value, the selected step's 0-based index, as the
     * original writes them), a blank line, then {@code Step #, # of Groups, BIC value} with 1-based step numbers.
     */
    static byte[] groupingResults(GroupingResult result) {
        Csv csv = new Csv(256 + result.steps().size() * 40);
        csv.line("# of Steps:," + result.steps().size());
        csv.line("Step with highest BIC value:," + PyNumbers.of(result.best().bic()));
        csv.line("Step selected:," + result.selectedStep());
        csv.line("");
        csv.row("Step #", "# of Groups", "BIC value");
        for (int i = 0; i < result.steps().size(); i++) {
            GroupingStep s = result.steps().get(i);
            csv.cell(i + 1).cell(s.numGroups()).cell(s.bic()).end();
        }
        return csv.bytes();
    }
}
