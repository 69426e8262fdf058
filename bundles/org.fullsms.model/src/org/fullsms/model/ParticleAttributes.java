package org.fullsms.model;

/**
 * The descriptive attributes of a particle group, shared by its primary and secondary (channel 2) particle.
 * Absent attributes are {@code null}. Arrays are shared, not copied: do not modify.
 *
 * @param date                     acquisition date as written ("Tuesday, June 27, 2023 11:22 AM")
 * @param description              free text
 * @param descriptionAttributeName "Description", or "Discription" as spelt in v1.0–1.02 files
 * @param user                     operator
 * @param intensityFlag            the "Intensity?" flag
 * @param spectraFlag              the "Spectra?" flag
 * @param rsCoordinatesUm          "RS Coord. (um)" in stored order (the original swaps the two components
 *                                 for the raster-scan marker)
 * @param hasPowerMeasurement      "Has Power Measurement?" (absent before v1.03)
 * @param powerMeasurement         "Power Measurement" values (units not given by the format)
 */
public record ParticleAttributes(String date, String description, String descriptionAttributeName, String user,
        Boolean intensityFlag, Boolean spectraFlag, double[] rsCoordinatesUm, Boolean hasPowerMeasurement,
        double[] powerMeasurement) {

    /** No attributes at all. */
    public static final ParticleAttributes NONE = new ParticleAttributes(null, null, null, null, null, null, null,
            null, null);

    /** Attributes for data made or converted by this program. */
    public static ParticleAttributes of(String date, String description, String user) {
        return new ParticleAttributes(date, description, "Description", user, Boolean.TRUE, Boolean.FALSE,
                new double[] { 0, 0 }, Boolean.FALSE, null);
    }

    /**
     * The particle's position on its raster scan as {x, y} in µm: "RS Coord. (um)" with its two components swapped,
     * as the original places its marker (the scan's rows run along y, its columns along x); null when the file
     * stores no usable coordinates.
     */
    public double[] rasterPositionUm() {
        if (rsCoordinatesUm == null || rsCoordinatesUm.length < 2 || !Double.isFinite(rsCoordinatesUm[0])
                || !Double.isFinite(rsCoordinatesUm[1])) {
            return null;
        }
        return new double[] {rsCoordinatesUm[1], rsCoordinatesUm[0]};
    }

    /** The description, or an empty string. */
    public String descriptionOrEmpty() {
        return description == null ? "" : description;
    }

    /** The same attributes with another "Spectra?" flag. */
    public ParticleAttributes withSpectraFlag(boolean flag) {
        return new ParticleAttributes(date, description, descriptionAttributeName, user, intensityFlag, flag,
                rsCoordinatesUm, hasPowerMeasurement, powerMeasurement);
    }

    /** The same attributes with other raster-scan coordinates. */
    public ParticleAttributes withRsCoordinates(double[] coordinatesUm) {
        return new ParticleAttributes(date, description, descriptionAttributeName, user, intensityFlag, spectraFlag,
                coordinatesUm, hasPowerMeasurement, powerMeasurement);
    }
}
