package org.fullsms.session;

import java.io.IOException;

/**
 * A session file's content is not what the schema says (missing key, wrong type, impossible value). The message
 * names the JSON path; {@link SessionReader} adds the file.
 */
final class ContentException extends IOException {

    private static final long serialVersionUID = 1L;

    ContentException(String message) {
        super(message);
    }
}
