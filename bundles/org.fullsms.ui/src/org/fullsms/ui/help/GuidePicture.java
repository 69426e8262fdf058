package org.fullsms.ui.help;

import java.nio.ByteBuffer;
import java.util.Optional;

import org.eclipse.swt.graphics.Image;

/**
 * A picture of the guide: its size, known from the PNG header at once, so the text is laid out with room for it,
 * and its image, decoded later (screenshots take a while) and drawn into that room.
 */
final class GuidePicture {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    final int width;
    final int height;
    private Image image;

    private GuidePicture(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The size from a PNG's header chunk, or empty when {@code png} is no PNG. */
    static Optional<GuidePicture> ofPng(byte[] png) {
        if (png.length < 24) {
            return Optional.empty();
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (png[i] != PNG_SIGNATURE[i]) {
                return Optional.empty();
            }
        }
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8); // IHDR: width, height, big-endian
        int w = header.getInt();
        int h = header.getInt();
        return w > 0 && h > 0 ? Optional.of(new GuidePicture(w, h)) : Optional.empty();
    }

    /** The decoded image, or null while it is being decoded. */
    Image image() {
        return image;
    }

    void setImage(Image decoded) {
        image = decoded;
    }

    void dispose() {
        if (image != null) {
            image.dispose();
        }
    }
}
