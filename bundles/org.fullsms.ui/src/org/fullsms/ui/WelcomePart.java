package org.fullsms.ui;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The editor area's first page: tells a newcomer how to start. */
public class WelcomePart {

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label title = new Label(parent, SWT.NONE);
        title.setText("Full SMS — single-molecule spectroscopy analysis");
        title.setLayoutData(new GridData(SWT.CENTER, SWT.END, true, true));
        Label hint = new Label(parent, SWT.WRAP | SWT.CENTER);
        // "&&": a label shows a single "&" (one alone marks a mnemonic)
        hint.setText("Open a photon data file (Full SMS HDF5, PicoQuant PTU/PT3/HT3, Becker && Hickl SPC,\n"
                + "Photon-HDF5) with File > Open… (Ctrl+O) or drop it here.\n"
                + "Its particles appear on the left; double-click one to open its editor.\n"
                + "Help > Help Contents explains each analysis; F1 opens the guide at the tab you are in.");
        hint.setLayoutData(new GridData(SWT.CENTER, SWT.BEGINNING, true, true));
    }
}
