package org.fullsms.io.hdf5;

/**
 * Turns the unchecked exceptions of jHDF (and of sizes read from a damaged file) into words a user understands:
 * their own messages ("integer overflow", "Could not convert to unsigned value: …", "Exception writing") say
 * neither what is wrong with the file nor what failed.
 */
final class JhdfErrors {

    private JhdfErrors() {
    }

    /** One short clause, to follow "the HDF5 structure cannot be read" or "could not be written". */
    /**
     * What an out-of-memory error while reading the file's structure means: jHDF allocates the buffer a header
     * claims before reading it, and valid headers are small.
     */
    static final String HUGE_STRUCTURE = "a size in the file's structure is impossibly large; the file is damaged";

    static String describe(Exception e) {
        if (e instanceof ArithmeticException || e instanceof NegativeArraySizeException) {
            return "a size or offset in the file is out of range; the file is damaged";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Could not convert to unsigned value")) {
            return "a number in the file's structure is out of range; the file is damaged";
        }
        if (message.equals("Exception writing") && e.getCause() != null) {
            // jHDF wraps the I/O error (e.g. "No space left on device") in a message of its own.
            return deepest(e.getCause());
        }
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    private static String deepest(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause().getMessage() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
