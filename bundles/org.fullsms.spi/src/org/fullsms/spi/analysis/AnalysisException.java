package org.fullsms.spi.analysis;

/**
 * An analysis could not produce a result for a particle. The message is shown to users as it is (with the
 * particle's name before it): say what is wrong and, where possible, what to change.
 *
 * @since 1.0
 */
public class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
