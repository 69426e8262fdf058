package org.fullsms.io.hdf5;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Hdf5Writer} wrote.
 *
 * @param target    the file written
 * @param particles number of particle groups written
 * @param names     for each group written ("Particle 1" …), the name of the particle it came from
 * @param warnings  things left out (particles with errors, empty second channels, empty matrices)
 */
public record WriteResult(Path target, int particles, List<String> names, List<String> warnings) {
}
