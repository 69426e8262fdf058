package org.fullsms.session;

import java.io.IOException;
import java.io.Reader;

import com.google.gson.stream.JsonReader;

import org.fullsms.runtime.json.JsonContentException;

/**
 * A strict JSON reader for sessions that refuses keys with control characters. Keys a version does not know are
 * skipped so newer sessions still open; a key with a control character (a NUL from a damaged disk block, say) is
 * never one a writer made, and skipping it would silently drop the analysis it names.
 */
final class SessionJsonReader extends JsonReader {

    SessionJsonReader(Reader in) {
        super(in);
    }

    @Override
    public String nextName() throws IOException {
        String name = super.nextName();
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                // the path ends with the key itself: both are printed with the character replaced (one line)
                throw new JsonContentException(printable(getPath()) + ": the key \"" + printable(name)
                        + "\" has a control character (U+" + String.format("%04X", (int) name.charAt(i))
                        + "); the session is damaged");
            }
        }
        return name;
    }

    private static String printable(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0080-\\u009F]", "\uFFFD");
    }
}
