package org.fullsms.runtime.export;

import java.util.EnumSet;
import java.util.Set;

import org.fullsms.export.ExportKind;
import org.fullsms.spi.export.Exporter;
import org.osgi.service.component.annotations.Component;

/**
 * Figures of each particle (intensity with levels and groups, decay with fit, BIC, correlation, spectra) and of each
 * raster scan, PNG, SVG or PDF.
 */
@Component(service = Exporter.class, property = "service.ranking:Integer=99")
public final class PlotsExporter extends BuiltInExporter {

    public static final String ID = "org.fullsms.plots";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Figures (PNG, SVG or PDF)";
    }

    @Override
    public String description() {
        return "intensity trace with levels and groups, decay with its fit and residuals, BIC, correlation and"
                + " spectra per particle; each raster scan with the particles' positions";
    }

    @Override
    Set<ExportKind> perParticle() {
        return EnumSet.of(ExportKind.PLOT_INTENSITY, ExportKind.PLOT_DECAY, ExportKind.PLOT_BIC,
                ExportKind.PLOT_CORRELATION, ExportKind.PLOT_SPECTRA);
    }

    /** A raster scan is shared by the particles it shows: one figure for all of them. */
    @Override
    Set<ExportKind> datasetWide() {
        return EnumSet.of(ExportKind.PLOT_RASTER_SCAN);
    }
}
