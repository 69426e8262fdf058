package org.fullsms.ui.navigator;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.fullsms.runtime.OpenDatasets;
import org.fullsms.runtime.state.AnalysisSession;

/** Open datasets at the top, their particles (primary then its "_2" second channel) below. */
final class NavigatorContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return ((OpenDatasets) input).sessions().toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof AnalysisSession s ? s.particles().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof AnalysisSession s && !s.particles().isEmpty();
    }
}
