package org.fullsms.ui.help;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.fullsms.ui.help.Block.Heading;
import org.fullsms.ui.help.Block.Picture;
import org.fullsms.ui.help.GuideRenderer.Link;
import org.fullsms.ui.help.GuideRenderer.Rendering;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Help view: the user guide ({@code docs/guide.md}, shipped in this bundle) rendered without a web browser (the
 * SWT Browser needs WebKitGTK, which not every machine has), with a contents list that follows the reading
 * position, search with every match highlighted, and links between sections. {@link #show(String)} scrolls to a
 * section; F1 uses it through {@link HelpViews}.
 */
public final class HelpView {

    /** Element id of the part. */
    public static final String ID = "org.fullsms.ui.part.help";

    /** Entries the open contents list shows at once (the guide has about 30 down to its subsections). */
    private static final int CONTENTS_VISIBLE_ITEMS = 20;
    /** Contents list entries: headings down to this level. */
    private static final int CONTENTS_DEPTH = 3;
    /** Resizes come in bursts while a sash is dragged: lay the guide out again once they stop. */
    private static final int RELAYOUT_DELAY_MS = 150;

    private StyledText text;
    private Combo contents;
    private Text search;
    private Label status;
    private GuideRenderer renderer;
    private final Map<String, GuidePicture> pictures = new HashMap<>();
    private final List<Heading> listed = new ArrayList<>();
    private final Runnable relayout = this::relayout;
    private Color matchBackground;
    private Guide guide;
    private Rendering rendering;
    private String pendingAnchor;
    /** The text area's size the guide was laid out for. */
    private Point rendered = new Point(-1, -1);
    private int shownTop = -1;
    private List<Integer> matches = List.of();
    private int currentMatch = -1;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        // no "Contents" label: the list shows the section being read, and the view is often narrow
        contents = new Combo(parent, SWT.READ_ONLY);
        GridData contentsData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        contentsData.minimumWidth = 120;
        contents.setLayoutData(contentsData);
        contents.setToolTipText("Contents: go to a section of the guide");
        contents.setVisibleItemCount(CONTENTS_VISIBLE_ITEMS);
        contents.addListener(SWT.Selection, e -> {
            int i = contents.getSelectionIndex();
            if (i >= 0 && i < listed.size()) {
                show(listed.get(i).anchor());
            }
        });
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search the guide");
        search.setToolTipText("Every match is highlighted; Enter goes to the next (Ctrl+F from the text)");
        GridData searchData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        searchData.widthHint = 130;
        search.setLayoutData(searchData);
        search.addListener(SWT.Modify, e -> find());
        search.addListener(SWT.DefaultSelection, e -> step(1));
        arrow(parent, "▲", "Previous match", -1);
        arrow(parent, "▼", "Next match", 1);
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        text.setMargins(14, 10, 14, 10);
        text.setText("Loading the user guide…");
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        matchBackground = new Color(255, 230, 120);
        renderer = new GuideRenderer(text, pictures);
        text.addListener(SWT.Resize, e -> {
            // the width wraps tables and scales pictures; the height limits pictures too
            Rectangle area = text.getClientArea();
            if (guide != null && (Math.abs(area.width - rendered.x) > 2 || Math.abs(area.height - rendered.y) > 40)) {
                text.getDisplay().timerExec(RELAYOUT_DELAY_MS, relayout);
            }
        });
        text.addListener(SWT.Paint, e -> followReading());
        text.addListener(SWT.MouseUp, this::click);
        text.addListener(SWT.MouseMove, e -> text.setCursor(linkAt(e.x, e.y) == null ? null
                : text.getDisplay().getSystemCursor(SWT.CURSOR_HAND)));
        text.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
                search.setFocus();
                search.selectAll();
            }
        });
        text.addListener(SWT.Dispose, e -> pictures.values().forEach(GuidePicture::dispose));
        load();
    }

    private void arrow(Composite parent, String label, String tip, int direction) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> step(direction));
    }

    /**
     * Reads the guide in a job and shows it with room for its pictures (their sizes are in the PNG headers), then
     * decodes the pictures one by one and draws each into its room: decoding screenshots takes longer than the
     * UI may wait, and the text should not wait for them either.
     */
    private void load() {
        Bundle bundle = FrameworkUtil.getBundle(HelpView.class);
        Job job = Job.create("Loading the user guide", monitor -> {
            Guide read;
            Map<String, byte[]> png = new HashMap<>();
            try {
                read = Guide.parse(new String(read(bundle, Guide.RESOURCE), StandardCharsets.UTF_8));
            } catch (IOException e) {
                deliver(() -> text.setText("The user guide cannot be read: " + e.getMessage()));
                return Status.OK_STATUS;
            }
            Map<String, GuidePicture> sized = new HashMap<>();
            for (Block b : read.blocks()) {
                if (b instanceof Picture p && !png.containsKey(p.path())) {
                    try {
                        byte[] bytes = read(bundle, "help/" + p.path());
                        GuidePicture.ofPng(bytes).ifPresent(size -> {
                            png.put(p.path(), bytes);
                            sized.put(p.path(), size);
                        });
                    } catch (IOException e) {
                        // shown as its caption: a missing screenshot must not hide the text
                    }
                }
            }
            deliver(() -> loaded(read, sized));
            for (Map.Entry<String, byte[]> e : png.entrySet()) {
                ImageData data;
                try {
                    data = new ImageData(new ByteArrayInputStream(e.getValue()));
                } catch (RuntimeException undecodable) {
                    continue; // its room stays outlined
                }
                GuidePicture picture = sized.get(e.getKey());
                deliver(() -> {
                    picture.setImage(new Image(text.getDisplay(), data));
                    text.redraw();
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static byte[] read(Bundle bundle, String path) throws IOException {
        URL url = bundle == null ? null : bundle.getEntry(path);
        if (url == null) {
            throw new IOException(path + " is missing from bundle org.fullsms.ui");
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    private void deliver(Runnable r) {
        if (!text.isDisposed()) {
            text.getDisplay().asyncExec(() -> {
                if (!text.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private void loaded(Guide read, Map<String, GuidePicture> sized) {
        pictures.putAll(sized);
        guide = read;
        for (Heading h : guide.headings()) {
            if (h.level() <= CONTENTS_DEPTH) {
                listed.add(h);
                contents.add("   ".repeat(Math.max(0, h.level() - 2)) + h.title()); // the title and its sections flush
            }
        }
        layOut(pendingAnchor);
    }

    private void relayout() {
        if (!text.isDisposed() && guide != null) {
            // a section asked for before the view had a size is still the one to show
            layOut(pendingAnchor != null ? pendingAnchor : sectionAtTop().orElse(null));
        }
    }

    /** Lays the guide out for the current size, then shows {@code anchor} (or the top). */
    private void layOut(String anchor) {
        Rectangle area = text.getClientArea();
        rendered = new Point(area.width, area.height);
        rendering = renderer.render(guide);
        shownTop = -1;
        highlight();
        pendingAnchor = null;
        if (anchor != null) {
            show(anchor);
        } else {
            followReading();
        }
    }

    /**
     * Scrolls so that the section {@code anchor} (a heading's anchor, as in {@code #anchor} links) starts at the
     * top. Asked before the guide is loaded, or before the view has its size (e4 lays a new part out after making
     * it, and the guide is laid out again then), it is remembered and shown then.
     *
     * @return false if the guide has no such section
     */
    public boolean show(String anchor) {
        Rectangle area = text.getClientArea();
        if (area.width == 0 || area.height == 0) {
            pendingAnchor = anchor;
        }
        if (rendering == null) {
            pendingAnchor = anchor;
            return true;
        }
        Integer offset = rendering.anchors().get(anchor);
        if (offset == null) {
            status.setText("The guide has no section '" + anchor + "'.");
            return false;
        }
        // by pixel: setTopIndex puts the line under the top margin, which hides the top of a heading
        int line = text.getLineAtOffset(offset);
        text.setTopPixel(Math.max(0, text.getLinePixel(line) + text.getTopPixel() - text.getTopMargin()));
        followReading();
        return true;
    }

    /** The anchor of the section at the top of the view, once the guide is shown. */
    public Optional<String> sectionAtTop() {
        if (rendering == null) {
            return Optional.empty();
        }
        int top = text.getOffsetAtLine(text.getTopIndex());
        String at = null;
        for (Map.Entry<String, Integer> e : rendering.anchors().entrySet()) {
            if (e.getValue() <= top) {
                at = e.getKey();
            }
        }
        return Optional.ofNullable(at);
    }

    /** The headings' titles in order (empty until the guide is loaded). */
    public List<String> sectionTitles() {
        return guide == null ? List.of() : guide.headings().stream().map(Heading::title).toList();
    }

    /** True once the guide is shown. */
    public boolean isLoaded() {
        return rendering != null;
    }

    /** The text widget (tests and screenshots). */
    public StyledText textControl() {
        return text;
    }

    /** Keeps the contents list on the section being read. */
    private void followReading() {
        if (rendering == null || text.getTopIndex() == shownTop) {
            return;
        }
        shownTop = text.getTopIndex();
        String at = sectionAtTop().orElse(null);
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i).anchor().equals(at)) {
                contents.select(i);
                return;
            }
        }
        // a heading below the contents' depth: its parent section stays selected
    }

    private void find() {
        if (rendering == null) {
            return;
        }
        matches = Highlights.find(text.getText(), search.getText());
        highlight();
        currentMatch = -1;
        if (matches.isEmpty()) {
            status.setText(search.getText().isBlank() ? "" : "No match for '" + search.getText() + "'.");
            return;
        }
        int top = text.getOffsetAtLine(text.getTopIndex());
        int first = 0;
        while (first < matches.size() - 1 && matches.get(first) < top) {
            first++;
        }
        reveal(first);
    }

    private void highlight() {
        if (rendering != null) {
            text.setStyleRanges(Highlights.overlay(rendering.styles(), matches, search.getText().length(),
                    matchBackground));
        }
    }

    private void step(int direction) {
        if (!matches.isEmpty()) {
            reveal(Math.floorMod(currentMatch + direction, matches.size()));
        }
    }

    private void reveal(int index) {
        currentMatch = index;
        int start = matches.get(index);
        text.setSelection(start, start + search.getText().length());
        // a third down the view, with the text that leads to it above, rather than on the bottom line
        int y = text.getLinePixel(text.getLineAtOffset(start));
        if (y < 0 || y > text.getClientArea().height / 2) {
            text.setTopPixel(Math.max(0, text.getTopPixel() + y - text.getClientArea().height / 3));
        }
        status.setText((index + 1) + " of " + matches.size() + " matches");
    }

    private void click(Event e) {
        if (e.button != 1 || text.getSelectionCount() > 0) {
            return;
        }
        Link link = linkAt(e.x, e.y);
        if (link == null) {
            return;
        }
        Span span = link.span();
        if (span.isInternalLink()) {
            show(span.link().substring(1));
        } else if (span.isWebLink()) {
            if (!Program.launch(span.link())) {
                status.setText("No web browser to open " + span.link());
            }
        } else {
            status.setText(span.text() + " is in the docs folder of the Full SMS project.");
        }
    }

    private Link linkAt(int x, int y) {
        if (rendering == null) {
            return null;
        }
        int offset = text.getOffsetAtPoint(new Point(x, y));
        for (Link l : rendering.links()) {
            if (l.contains(offset)) {
                return l;
            }
        }
        return null;
    }

    @Focus
    void focus() {
        text.setFocus();
    }
}
