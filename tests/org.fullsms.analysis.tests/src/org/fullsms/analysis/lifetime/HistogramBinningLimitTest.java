package org.fullsms.analysis.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A channel grid larger than {@link HistogramBinning#MAX_DECAY_CHANNELS} is refused before anything is sized by it. */
class HistogramBinningLimitTest {

    @Test
    void aTinyChannelWidthOver50NsIsRefusedWithTheCountAndTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistogramBinning.ofChannels(1e-6, 49_999_999));
        assertTrue(e.getMessage().contains("5.00e+07 decay channels of 1.00e-06 ns"), e.getMessage());
        assertTrue(e.getMessage().contains("exceed the limit of 65536"), e.getMessage());
    }

    @Test
    void theLargestChannelAnIntHoldsDoesNotOverflowIntoASmallGrid() {
        // A micro time of 1e300 ns quantises to the last int channel; the grid's end must not wrap around.
        assertThrows(IllegalArgumentException.class, () -> HistogramBinning.ofChannels(0.01, Integer.MAX_VALUE - 1));
        assertThrows(IllegalArgumentException.class, () -> HistogramBinning.ofChannels(1e-300, 10));
    }

    @Test
    void gridsUpToTheLimitAreKept() {
        assertEquals(HistogramBinning.MAX_DECAY_CHANNELS,
                HistogramBinning.ofChannels(1e-3, HistogramBinning.MAX_DECAY_CHANNELS - 1).endChannel());
    }
}
