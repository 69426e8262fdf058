package org.fullsms.export;

import java.io.IOException;
import java.nio.file.Path;

import org.fullsms.analysis.filter.TauIntensityRegression;
import org.fullsms.model.AtomicFile;

/**
 * The τ–I line (the ordinary least-squares fit of mean lifetime against intensity of the Filtering view) as a
 * two-row CSV: the header, then its values — whether it goes through the origin, the points fitted, slope and
 * intercept with their standard errors, R² and which R² it is (uncentred through the origin, as statsmodels reports
 * it). A blank cell is a value the line does not have (no intercept, or no degree of freedom for an error).
 */
public final class TauIntensityLineCsv {

    /** File name of the line in an export folder, written beside the tables with normalised intensities. */
    public static final String FILE_NAME = "tau-I line.csv";

    static final String[] HEADER = { "Through Origin", "Points", "Slope (ns/(counts/s))", "Slope Std Error",
        "Intercept (ns)", "Intercept Std Error", "R Squared", "R Squared Kind" };

    private TauIntensityLineCsv() {
    }

    public static byte[] of(TauIntensityRegression line) {
        Csv csv = new Csv();
        csv.row(HEADER);
        csv.cell(line.throughOrigin() ? "True" : "False").cell(line.points()).cell(line.slope())
                .cellOrBlank(line.slopeStd());
        if (line.throughOrigin()) {
            csv.blank().blank();
        } else {
            csv.cell(line.intercept()).cellOrBlank(line.interceptStd());
        }
        csv.cellOrBlank(line.rSquared()).cell(line.throughOrigin() ? "uncentred" : "centred").end();
        return csv.bytes();
    }

    /**
     * Writes {@link #of} to {@code target} whole or not at all (a temporary file moved into place).
     *
     * @throws IOException when it cannot be written, or exists and {@code overwrite} is false
     */
    public static void write(Path target, TauIntensityRegression line, boolean overwrite) throws IOException {
        AtomicFile.write(target, of(line), overwrite);
    }
}
