package org.fullsms.analysis.cpa;

/**
 * Scores found change points against the true ones. A true change point is detected by an unused found one
 * that lies within ±{@link #WINDOW} photons of it or whose confidence region contains it (the method's own
 * localisation uncertainty; weak contrasts localise worse); the nearest such is taken. Every found change
 * point left unmatched is false.
 */
record TruthScore(int trueCount, int detected, int found, int falseCount) {

    static final int WINDOW = 20;

    static TruthScore of(int[] truth, ChangePointResult result) {
        int[] found = result.changePoints();
        int[] first = result.regionFirst();
        int[] last = result.regionLast();
        boolean[] used = new boolean[found.length];
        int detected = 0;
        for (int t : truth) {
            int best = -1;
            for (int j = 0; j < found.length; j++) {
                boolean near = Math.abs(found[j] - t) <= WINDOW || first[j] <= t && t <= last[j];
                if (!used[j] && near && (best < 0 || Math.abs(found[j] - t) < Math.abs(found[best] - t))) {
                    best = j;
                }
            }
            if (best >= 0) {
                used[best] = true;
                detected++;
            }
        }
        return new TruthScore(truth.length, detected, found.length, found.length - detected);
    }

    TruthScore plus(TruthScore o) {
        return new TruthScore(trueCount + o.trueCount, detected + o.detected, found + o.found, falseCount + o.falseCount);
    }

    double detectionRate() {
        return trueCount == 0 ? Double.NaN : (double) detected / trueCount;
    }
}
