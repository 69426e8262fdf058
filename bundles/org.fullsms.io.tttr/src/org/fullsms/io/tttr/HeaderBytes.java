package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Bounded reads of header fields. Every length comes from the file, so each read is checked against the file size
 * before anything is allocated: a cut-off or corrupt header gives a {@link TttrFormatException}, never an
 * unchecked exception or an OutOfMemoryError.
 */
final class HeaderBytes {

    private final FileChannel channel;
    private final Path file;
    private final long size;

    HeaderBytes(FileChannel channel, Path file) throws IOException {
        this.channel = channel;
        this.file = file;
        this.size = channel.size();
    }

    /** {@code length} bytes at {@code position}, little-endian, positioned at 0. */
    ByteBuffer read(long position, int length, String what) throws IOException {
        requireWithinFile(position, length, what);
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw cutOff(position + length, what);
            }
        }
        return buffer.flip();
    }

    /** Throws when {@code length} bytes from {@code position} would run past the end of the file. */
    void requireWithinFile(long position, long length, String what) throws TttrFormatException {
        if (position < 0 || length < 0 || length > size - position) {
            throw cutOff(position + length, what);
        }
    }

    TttrFormatException fail(String sentence) {
        return new TttrFormatException(file, sentence);
    }

    private TttrFormatException cutOff(long end, String what) {
        return fail("the header is cut off or corrupt: " + what + " would end at byte " + end
                + " but the file has " + size + " bytes.");
    }

    /** A fixed-width text field up to its first NUL, trimmed. */
    static String text(ByteBuffer buffer, int offset, int width, Charset charset) {
        byte[] bytes = new byte[width];
        buffer.get(offset, bytes);
        int end = 0;
        while (end < width && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, charset).trim();
    }
}
