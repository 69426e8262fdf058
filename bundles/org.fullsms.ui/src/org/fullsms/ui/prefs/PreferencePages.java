package org.fullsms.ui.prefs;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.fullsms.runtime.Services;

/** Window &gt; Preferences: a JFace preference dialog of the pages every {@link PreferencePageContribution} adds. */
public final class PreferencePages {

    private PreferencePages() {
    }

    /** The dialog over the contributions registered now (not yet open). */
    public static PreferenceDialog dialog(Shell parent) {
        return new PreferenceDialog(parent, manager(Services.all(PreferencePageContribution.class)));
    }

    /** The tree of pages: each under its parent (top level when the parent is missing), siblings by label. */
    static PreferenceManager manager(List<PreferencePageContribution> contributions) {
        List<PreferencePageContribution> sorted = contributions.stream()
                .sorted(Comparator.comparing(PreferencePageContribution::label)).toList();
        Map<String, ContributedNode> nodes = new LinkedHashMap<>();
        for (PreferencePageContribution c : sorted) {
            nodes.putIfAbsent(c.id(), new ContributedNode(c)); // a second page with a taken id is left out
        }
        PreferenceManager manager = new PreferenceManager();
        for (ContributedNode node : nodes.values()) {
            String parentId = node.contribution.parentId();
            IPreferenceNode parent = parentId == null || parentId.equals(node.getId()) ? null : nodes.get(parentId);
            if (parent == null) {
                manager.addToRoot(node);
            } else {
                parent.add(node);
            }
        }
        return manager;
    }

    /** A node whose page the contribution makes when the dialog first shows it. */
    private static final class ContributedNode extends PreferenceNode {
        private final PreferencePageContribution contribution;

        ContributedNode(PreferencePageContribution contribution) {
            super(contribution.id(), contribution.label(), null, null);
            this.contribution = contribution;
        }

        @Override
        public void createPage() {
            var page = contribution.createPage();
            if (page.getTitle() == null || page.getTitle().isEmpty()) {
                page.setTitle(contribution.label());
            }
            setPage(page);
        }
    }
}
