package org.fullsms.ui.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.fullsms.runtime.FileConversion;
import org.fullsms.runtime.Importers;

/**
 * File &gt; Convert…: photon files into Full SMS HDF5, as {@code fullsms convert} makes them. Inputs are files any
 * installed importer reads (each becomes its own file), photon text files (together one file, a particle each) and
 * folders of text files (one file each); the outputs go into one folder as {@code NAME.h5}. The table shows, before
 * anything is written, what each output is made of and why it cannot be written (it would replace an input, two
 * inputs give one name, it exists and replacing was not asked for); Convert stays disabled until every row is ready.
 */
public final class ConvertDialog extends TitleAreaDialog {

    /** What to convert, once the dialog closed with Convert. */
    public record Request(List<FileConversion.Conversion> conversions, String channels, boolean overwrite,
            boolean open) {
    }

    private final List<Path> inputs = new ArrayList<>();
    private org.eclipse.swt.widgets.List inputList;
    private Text folder;
    private Text channels;
    private Button replace;
    private Button open;
    private Table plan;
    private List<FileConversion.Conversion> conversions = List.of();
    private boolean ready;
    private Request request;

    public ConvertDialog(Shell parent, List<Path> initial) {
        super(parent);
        inputs.addAll(initial);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Convert Files");
    }

    @Override
    protected Point getInitialSize() {
        return new Point(760, 600);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Convert to Full SMS HDF5");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        new Label(c, SWT.NONE).setText("Inputs:");
        inputList = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 110;
        inputList.setLayoutData(listData);
        Composite buttons = new Composite(c, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(buttons, "Add Files...", this::addFiles).setToolTipText("Instrument files (" + String.join(", ",
                Importers.filePatterns()) + ") or photon text files (*.csv, *.txt)");
        button(buttons, "Add Folder...", this::addFolder);
        button(buttons, "Remove", this::removeSelected);

        new Label(c, SWT.NONE).setText("Output folder:");
        folder = new Text(c, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folder.setToolTipText("Each output is written here as NAME.h5 (empty: the folder of the first input)");
        folder.addListener(SWT.Modify, e -> update());
        button(c, "Browse...", this::browseFolder);

        new Label(c, SWT.NONE).setText("Channels:");
        channels = new Text(c, SWT.BORDER);
        channels.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        channels.setMessage("each");
        channels.setToolTipText("How an instrument file's detector channels become particles, as fullsms convert"
                + " --channels: each (one particle per channel), A (one channel), or A,B (channel A and B as one"
                + " particle's channels 1 and 2)");
        new Label(c, SWT.NONE);

        new Label(c, SWT.NONE);
        Composite checks = new Composite(c, SWT.NONE);
        checks.setLayout(new GridLayout(2, false));
        replace = new Button(checks, SWT.CHECK);
        replace.setText("Replace existing files");
        replace.setToolTipText("Outputs that exist are replaced (never an input)");
        replace.addListener(SWT.Selection, e -> update());
        open = new Button(checks, SWT.CHECK);
        open.setText("Open the converted files");
        open.setSelection(true);
        new Label(c, SWT.NONE);

        plan = new Table(c, SWT.BORDER | SWT.FULL_SELECTION);
        plan.setHeaderVisible(true);
        GridData planData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        planData.heightHint = 140;
        plan.setLayoutData(planData);
        for (String title : new String[] {"Output", "Made from", "Status"}) {
            new TableColumn(plan, SWT.LEFT).setText(title);
        }
        refreshInputs();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Convert", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void addFiles() {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        d.setText("Files to convert");
        List<String> patterns = new ArrayList<>(Importers.filePatterns());
        patterns.addAll(List.of("*.csv", "*.txt"));
        d.setFilterNames(new String[] {"Photon files (" + String.join(", ", patterns) + ")", "All files"});
        d.setFilterExtensions(new String[] {String.join(";", patterns), "*"});
        if (d.open() != null) {
            List<Path> chosen = new ArrayList<>();
            for (String name : d.getFileNames()) {
                chosen.add(Path.of(d.getFilterPath(), name));
            }
            addInputs(chosen);
        }
    }

    private void addFolder() {
        DirectoryDialog d = new DirectoryDialog(getShell());
        d.setText("A folder of photon text files (one output of its files)");
        String chosen = d.open();
        if (chosen != null) {
            addInputs(List.of(Path.of(chosen)));
        }
    }

    private void browseFolder() {
        DirectoryDialog d = new DirectoryDialog(getShell());
        d.setText("Output folder");
        String chosen = d.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    private void removeSelected() {
        int[] selected = inputList.getSelectionIndices();
        for (int i = selected.length - 1; i >= 0; i--) {
            inputs.remove(selected[i]);
        }
        refreshInputs();
    }

    /** Adds inputs (also used by tests); one already listed is not added twice. */
    public void addInputs(List<Path> paths) {
        for (Path p : paths) {
            Path normal = p.toAbsolutePath().normalize();
            if (!inputs.contains(normal)) {
                inputs.add(normal);
            }
        }
        refreshInputs();
    }

    /** Sets the output folder (also used by tests). */
    public void setFolder(Path value) {
        folder.setText(value.toString());
    }

    /** Ticks Replace existing files (also used by tests). */
    public void setReplace(boolean value) {
        replace.setSelection(value);
        update();
    }

    /** The table of planned outputs (tests). */
    public Table plan() {
        return plan;
    }

    /** What to convert; null until Convert was pressed. */
    public Request request() {
        return request;
    }

    private void refreshInputs() {
        inputList.setItems(inputs.stream().map(Path::toString).toArray(String[]::new));
        update();
    }

    /** Plans the outputs and checks each, showing why one cannot be written; Convert only when all can. */
    private void update() {
        if (plan == null || plan.isDisposed()) {
            return;
        }
        plan.removeAll();
        Path out = outputFolder();
        conversions = out == null ? List.of() : FileConversion.plan(inputs, out);
        ready = !conversions.isEmpty();
        String firstProblem = null;
        boolean overwrite = replace.getSelection();
        for (int i = 0; i < conversions.size(); i++) {
            FileConversion.Conversion conversion = conversions.get(i);
            String status = FileConversion.problem(conversions, i, overwrite).orElse(null);
            if (status == null) {
                status = Files.exists(conversion.target()) ? "ready (replaces the existing file)" : "ready";
            } else {
                ready = false;
                firstProblem = firstProblem != null ? firstProblem
                        : conversion.target().getFileName() + ": " + status;
            }
            TableItem item = new TableItem(plan, SWT.NONE);
            item.setText(new String[] {conversion.target().getFileName().toString(), describe(conversion), status});
            if (!status.startsWith("ready")) {
                item.setForeground(2, getShell().getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        for (TableColumn column : plan.getColumns()) {
            column.pack();
        }
        setMessage("Each instrument file becomes a file; photon text files (macro and micro times in ns, or macro times)"
                + " a particle each, a folder of them one file. Inputs are never changed.");
        if (inputs.isEmpty()) {
            setErrorMessage(null);
        } else if (out == null) {
            setErrorMessage("The output folder does not exist: " + folder.getText().trim());
        } else {
            setErrorMessage(firstProblem);
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(ready);
        }
    }

    /** The folder typed, else the first input's; null when it is not a folder. */
    private Path outputFolder() {
        String typed = folder.getText().trim();
        Path out;
        if (!typed.isEmpty()) {
            out = Path.of(typed);
        } else if (!inputs.isEmpty()) {
            out = inputs.get(0).toAbsolutePath().getParent();
        } else {
            return null;
        }
        return out != null && Files.isDirectory(out) ? out : null;
    }

    private static String describe(FileConversion.Conversion c) {
        if (c.inputs().size() == 1) {
            Path in = c.inputs().get(0);
            return in.getFileName() + (Files.isDirectory(in) ? " (folder: a particle per file)"
                    : FileConversion.instrumentImporter(c.inputs()).map(i -> " (" + i.label() + ")")
                            .orElse(" (text: one particle)"));
        }
        return c.inputs().size() + " text files, a particle each: " + c.inputs().get(0).getFileName() + ", …";
    }

    @Override
    protected void okPressed() {
        if (!ready) {
            return;
        }
        String typed = channels.getText().trim();
        request = new Request(conversions, typed.isEmpty() ? null : typed, replace.getSelection(),
                open.getSelection());
        super.okPressed();
    }
}
