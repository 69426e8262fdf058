package org.fullsms.export;

import org.fullsms.analysis.cpa.IntensityUnit;

/**
 * A particle's intensity column: the export's unit at the particle's bin size (counts per bin depend on it).
 *
 * @param unit  the export's intensity unit
 * @param binMs the particle's trace bin size (ms)
 */
record IntensityColumn(IntensityUnit unit, double binMs) {

    static IntensityColumn of(ExportOptions options, ParticleExport p) {
        return new IntensityColumn(options.unit(), p.binSizeMs());
    }

    /** A rate in counts per second in this column's unit. */
    double value(double cps) {
        return unit.fromCps(cps, binMs);
    }

    /** The original's level column, {@code Int (counts/s)}, in this unit. */
    String header() {
        return "Int (" + unit.label(binMs) + ")";
    }
}
