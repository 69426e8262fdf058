package org.fullsms.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.graphics.ImageData;
import org.fullsms.ui.help.Block.Picture;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The room kept for a picture is its decoded size, read from the PNG header alone. */
class GuidePictureTest {

    @Test
    void headerSizeIsTheDecodedSizeForEveryPictureOfTheGuide() throws IOException {
        Guide guide = Guide.parse(new String(read(Guide.RESOURCE), StandardCharsets.UTF_8));
        int pictures = 0;
        for (Block b : guide.blocks()) {
            if (b instanceof Picture p) {
                byte[] png = read("help/" + p.path());
                GuidePicture size = GuidePicture.ofPng(png).orElseThrow(() -> new AssertionError(p.path() + " is no PNG"));
                ImageData decoded = new ImageData(new ByteArrayInputStream(png));
                assertEquals(decoded.width, size.width, p.path());
                assertEquals(decoded.height, size.height, p.path());
                pictures++;
            }
        }
        assertTrue(pictures >= 4, "the guide shows the four tabs, found " + pictures + " pictures");
    }

    @Test
    void otherBytesAreNoPicture() {
        assertTrue(GuidePicture.ofPng("GIF89a not a png at all".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(GuidePicture.ofPng(new byte[10]).isEmpty());
    }

    private static byte[] read(String path) throws IOException {
        URL url = FrameworkUtil.getBundle(HelpView.class).getEntry(path);
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
