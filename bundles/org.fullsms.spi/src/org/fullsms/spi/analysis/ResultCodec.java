package org.fullsms.spi.analysis;

/**
 * Turns an analysis result into JSON and back, for sessions and the command line's {@code analyze} output. The
 * JSON text must be one JSON value (usually an object); the platform embeds it as it is. Decoding must accept
 * every document an earlier version of the same engine wrote, or throw with a message saying what is wrong.
 *
 * @param <R> the result type
 * @since 1.0
 */
public interface ResultCodec<R> {

    /** The result as one JSON value. */
    String toJson(R result);

    /**
     * Reads a result written by {@link #toJson}.
     *
     * @throws IllegalArgumentException when the text is not such a result; the message says what is wrong
     */
    R fromJson(String json);
}
