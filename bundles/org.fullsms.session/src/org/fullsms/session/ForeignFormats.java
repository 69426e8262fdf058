package org.fullsms.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;

/**
 * Recognises files that are not sessions from their first bytes (or, for JSON, their keys), so that the error
 * says what the file is: a session of the original Full SMS (a Python pickle, possibly LZMA-compressed, which is
 * never unpickled because that can run code), an HDF5 data file, a compressed file, or another program's JSON.
 */
final class ForeignFormats {

    private static final int HEAD = 16;

    private ForeignFormats() {
    }

    /** Throws when the file cannot be a session; returns when it starts like a JSON object. */
    static void check(Path file) throws IOException {
        byte[] head = new byte[HEAD];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, HEAD);
        }
        if (n == 0) {
            throw new SessionFormatException(file, "the file is empty, not a Full SMS session");
        }
        String reason = describeBinary(head, n);
        if (reason != null) {
            throw new SessionFormatException(file, reason);
        }
        int i = startsWith(head, n, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i < n && head[i] != '{') {
            throw new SessionFormatException(file, "not a Full SMS session (not a JSON object)");
        }
    }

    private static String describeBinary(byte[] head, int n) {
        if ((head[0] & 0xFF) == 0x80) {
            return "a session saved by the original Full SMS (Python pickle): it is not read because loading a "
                    + "pickle can run code; open the .h5 file and analyse it again";
        }
        if (startsWith(head, n, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
            return "an LZMA-compressed session of the original Full SMS (Python pickle): it is not read because "
                    + "loading a pickle can run code; open the .h5 file and analyse it again";
        }
        if (startsWith(head, n, 0x89, 'H', 'D', 'F')) {
            return "an HDF5 data file, not a session: open it as data instead";
        }
        if (startsWith(head, n, 0x1F, 0x8B) || startsWith(head, n, 'P', 'K', 0x03, 0x04)) {
            return "a compressed file (gzip or zip), not a Full SMS session";
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Why a JSON object without our header is not a session. */
    static String describeForeignJson(JsonObject tree) {
        if (tree.has("file_metadata") && tree.has("version")) {
            return "a session of the Full SMS Python rewrite (version " + tree.get("version")
                    + "), which this program does not read; open the .h5 file and analyse it again";
        }
        if (tree.has("format")) {
            return "a JSON file of another program (format " + tree.get("format") + "), not a Full SMS session";
        }
        return "a JSON file of another program, not a Full SMS session (no \"format\": \""
                + DocumentCodec.FORMAT + "\" key)";
    }
}
