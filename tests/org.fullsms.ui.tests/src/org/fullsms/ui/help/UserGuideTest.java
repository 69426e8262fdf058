package org.fullsms.ui.help;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fullsms.ui.help.Block.Heading;
import org.fullsms.ui.help.Block.ListItem;
import org.fullsms.ui.help.Block.Paragraph;
import org.fullsms.ui.help.Block.Picture;
import org.fullsms.ui.help.Block.Table;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The guide the bundle ships: it is docs/guide.md (not a copy that could drift), its links and pictures resolve in
 * the Help view, F1's sections exist, and it covers every analysis with its references.
 */
class UserGuideTest {

    private static final Bundle BUNDLE = FrameworkUtil.getBundle(HelpView.class);

    @Test
    void theBundleShipsDocsGuideAsItIs() throws IOException {
        Path docs = Path.of("../../docs/guide.md");
        Assumptions.assumeTrue(Files.isRegularFile(docs), "docs/guide.md is not beside the test project");
        assertArrayEquals(Files.readAllBytes(docs), read(Guide.RESOURCE), "help/guide.md differs from docs/guide.md");
    }

    @Test
    void everyLinkToASectionFindsItAndEveryPictureIsShipped() throws IOException {
        Guide guide = guide();
        Set<String> anchors = guide.headings().stream().map(Heading::anchor).collect(Collectors.toSet());
        List<String> broken = new ArrayList<>();
        for (Block b : guide.blocks()) {
            for (Span s : spans(b)) {
                if (s.isInternalLink() && !anchors.contains(s.link().substring(1))) {
                    broken.add(s.link());
                }
            }
            if (b instanceof Picture p && BUNDLE.getEntry("help/" + p.path()) == null) {
                broken.add(p.path());
            }
        }
        assertEquals(List.of(), broken, "links and pictures the Help view cannot follow");
    }

    @Test
    void f1OpensSectionsThatExist() throws IOException {
        Guide guide = guide();
        for (String topic : HelpTopics.ALL) {
            assertTrue(guide.heading(topic).isPresent(), "F1 topic '" + topic + "' is no heading of the guide");
        }
        assertEquals(HelpTopics.CONTENTS, guide.headings().get(0).anchor(), "Help Contents opens the first heading");
    }

    @Test
    void tablesHaveAsManyCellsAsTheirHeader() throws IOException {
        for (Block b : guide().blocks()) {
            if (b instanceof Table t) {
                for (List<String> row : t.rows()) {
                    assertEquals(t.header().size(), row.size(), "row " + row + " under " + t.header());
                }
            }
        }
    }

    @Test
    void itCoversEachAnalysisWithItsReferences() throws IOException {
        String text = new String(read(Guide.RESOURCE), StandardCharsets.UTF_8);
        for (String needed : List.of("Watkins and H. Yang", "J. Phys. Chem. B", "10.1021/jp0467548",
                "Biophysical Reports", "Mighell", "Maus", "Durbin–Watson", "Turner", "Brouri",
                "Change point analysis", "AHCA", "BIC", "reconvolution", "Maximum likelihood", "χ²red",
                "antibunching", "Photon bursts", "Region of interest", "Exports", "Sessions")) {
            assertTrue(text.contains(needed), "the guide does not mention " + needed);
        }
        // a tag outside code spans (`Raster Scan <k> data` names a file): the Help view shows Markdown only
        String prose = text.replaceAll("`[^`\n]*`", "");
        assertTrue(!Pattern.compile("<[a-zA-Z/!]").matcher(prose).find(), "no raw HTML in the guide");
    }

    private static Guide guide() throws IOException {
        return Guide.parse(new String(read(Guide.RESOURCE), StandardCharsets.UTF_8));
    }

    private static List<Span> spans(Block b) {
        return switch (b) {
            case Paragraph p -> p.spans();
            case ListItem i -> i.spans();
            default -> List.of();
        };
    }

    private static byte[] read(String path) throws IOException {
        URL url = BUNDLE.getEntry(path);
        assertNotNull(url, path + " is not in bundle org.fullsms.ui");
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
