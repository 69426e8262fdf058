package org.fullsms.analysis.simulation;

/** Constants shared by the simulation tests. */
final class TestConstants {

    /** Half the default TCSPC channel: the mean offset that flooring micro times to channels introduces. */
    static final double HALF_CHANNEL = 0.01220703125 / 2;

    private TestConstants() {
    }
}
