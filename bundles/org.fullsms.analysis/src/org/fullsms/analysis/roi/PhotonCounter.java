package org.fullsms.analysis.roi;

/** Counts a particle's photons with arrival time t in [startS, endS), e.g. by binary search in its photon times. */
@FunctionalInterface
public interface PhotonCounter {

    long count(double startS, double endS);
}
