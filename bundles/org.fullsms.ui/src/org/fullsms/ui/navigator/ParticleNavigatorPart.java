package org.fullsms.ui.navigator;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The particle navigator: open datasets and their particles. */
public class ParticleNavigatorPart {

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        new Label(parent, SWT.WRAP).setText("No file open.");
    }
}
