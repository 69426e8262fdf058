package org.fullsms.model;

/**
 * A detector or routing channel of an instrument file, as the file numbers it, with its photon count: what the
 * user chooses particles' channels from.
 */
public record DetectorChannel(int id, long photons) {
}
