package org.fullsms.ui.help;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.fullsms.ui.editor.ParticleEditor;
import org.fullsms.ui.export.ExportPart;
import org.fullsms.ui.jobs.ErrorLogPart;
import org.fullsms.ui.jobs.ProgressPart;
import org.fullsms.ui.navigator.ParticleNavigatorPart;

/**
 * Which section of the guide F1 opens: the section of the particle editor's shown tab, or of the view that is
 * active. The anchors are those of the guide's headings ({@code docs/guide.md}); a test checks that each exists.
 */
public final class HelpTopics {

    /** The guide's first heading: its title, then the contents (Help Contents). */
    public static final String CONTENTS = "full-sms-user-guide";
    public static final String GETTING_STARTED = "getting-started";
    public static final String NAVIGATOR = "the-particles-navigator";
    public static final String INTENSITY = "intensity-tab";
    public static final String LIFETIME = "lifetime-tab";
    public static final String GROUPING = "grouping-bic-tab";
    public static final String CORRELATION = "correlation-tab";
    public static final String SPECTRA_AND_RASTER = "spectra-and-raster-scan-tabs";
    public static final String EXTENSIONS = "extension-tabs";
    public static final String EXPORTS = "exports";
    public static final String JOBS = "jobs-progress-and-the-error-log";

    /** Every anchor F1 can open. */
    public static final List<String> ALL = List.of(GETTING_STARTED, NAVIGATOR, INTENSITY, LIFETIME, GROUPING,
            CORRELATION, SPECTRA_AND_RASTER, EXTENSIONS, EXPORTS, JOBS);

    private HelpTopics() {
    }

    /** The section for {@code part}, or null to leave the guide where it is (the Help view itself, no part). */
    public static String of(MPart part) {
        if (part == null) {
            return null;
        }
        if (part.getObject() instanceof ParticleEditor editor) {
            return editor.shownTab().map(HelpTopics::of).orElse(EXTENSIONS);
        }
        return switch (part.getElementId()) {
            case ParticleNavigatorPart.ID -> NAVIGATOR;
            case ExportPart.ID -> EXPORTS;
            case ProgressPart.ID, ErrorLogPart.ID -> JOBS;
            case HelpView.ID -> null;
            default -> GETTING_STARTED;
        };
    }

    static String of(ParticleEditor.Tab tab) {
        return switch (tab) {
            case INTENSITY -> INTENSITY;
            case LIFETIME -> LIFETIME;
            case GROUPING -> GROUPING;
            case CORRELATION -> CORRELATION;
            case SPECTRA, RASTER_SCAN -> SPECTRA_AND_RASTER;
        };
    }
}
