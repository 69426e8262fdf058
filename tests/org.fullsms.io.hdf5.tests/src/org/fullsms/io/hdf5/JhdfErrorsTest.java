package org.fullsms.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** Issue 13, item 4: jHDF's own messages become a clause that says what is wrong. */
class JhdfErrorsTest {

    @Test
    void anOverflowingSizeSaysTheFileIsDamaged() {
        String text = JhdfErrors.describe(new ArithmeticException("integer overflow"));
        assertFalse(text.contains("integer overflow"), text);
        assertTrue(text.contains("out of range") && text.contains("damaged"), text);
    }

    @Test
    void anUnsignedConversionSaysTheFileIsDamaged() {
        String text = JhdfErrors.describe(new RuntimeException("Could not convert to unsigned value: -5"));
        assertTrue(text.contains("out of range") && text.contains("damaged"), text);
    }

    @Test
    void aWriteFailureGivesItsCause() {
        RuntimeException e = new RuntimeException("Exception writing",
                new IOException("wrapped", new IOException("No space left on device")));
        assertEquals("No space left on device", JhdfErrors.describe(e));
    }

    @Test
    void otherMessagesStay() {
        assertEquals("bad superblock", JhdfErrors.describe(new IllegalStateException("bad superblock")));
        assertEquals("NullPointerException", JhdfErrors.describe(new NullPointerException()));
    }
}
