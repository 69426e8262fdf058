package org.fullsms.cli;

/** A problem the user can fix (bad option, unreadable file): printed as one line, exit code 2. */
public final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
