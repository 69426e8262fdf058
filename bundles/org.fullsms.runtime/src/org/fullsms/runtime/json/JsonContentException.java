package org.fullsms.runtime.json;

import java.io.IOException;

/**
 * A JSON document's content is not what its schema says (missing key, wrong type, impossible value). The message
 * names the JSON path; whoever reads the document adds the file.
 */
public final class JsonContentException extends IOException {

    private static final long serialVersionUID = 1L;

    public JsonContentException(String message) {
        super(message);
    }
}
