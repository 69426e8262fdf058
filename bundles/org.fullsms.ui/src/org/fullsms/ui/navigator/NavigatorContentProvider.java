package org.fullsms.ui.navigator;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.fullsms.model.Dataset;
import org.fullsms.runtime.OpenDatasets;

/** Datasets at the top, their particles (primary then "_2" secondary) below. */
final class NavigatorContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return ((OpenDatasets) input).datasets().toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof Dataset d ? d.allParticles().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Dataset d && !d.particles().isEmpty();
    }
}
