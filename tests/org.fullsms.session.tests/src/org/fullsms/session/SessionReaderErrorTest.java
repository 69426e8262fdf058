package org.fullsms.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that are not readable sessions give one clear error naming the file and saying what it is; reading never
 * changes the file or its folder.
 */
class SessionReaderErrorTest {

    @TempDir
    Path dir;

    private byte[] valid;

    @BeforeEach
    void writeValidSession() throws IOException {
        Path file = dir.resolve("valid.smsa");
        SessionWriter.write(Synthetic.snapshot(Synthetic.dataFile(dir), 2, 2, 50), file);
        valid = Files.readAllBytes(file);
    }

    /** Reads {@code bytes} as a session and returns the error message, checking nothing changed. */
    private String failure(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        List<Path> before = listing();
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionReader.read(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), "the file is unchanged");
        assertEquals(before, listing(), "no file was created or removed");
        return e.getMessage();
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private String validJson() {
        return new String(valid, StandardCharsets.UTF_8);
    }

    @Test
    void randomBytes() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(3).nextBytes(bytes);
        bytes[0] = 0x13;
        assertTrue(failure("random.smsa", bytes).contains("not a Full SMS session"));
    }

    @Test
    void randomBytesAfterAnOpeningBrace() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(4).nextBytes(bytes);
        bytes[0] = '{';
        String message = failure("brace.smsa", bytes);
        assertTrue(message.contains("UTF-8") || message.contains("corrupt"), message);
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0.001, 0.1, 0.5, 0.9, 0.999 })
    void truncatedSession(double fraction) throws IOException {
        byte[] cut = Arrays.copyOf(valid, (int) (valid.length * fraction));
        String message = failure("truncated.smsa", cut);
        assertTrue(message.contains("truncated") || message.contains("corrupt"), message);
    }

    @Test
    void aNumberOfExponentialsBeyondTheLimitIsRefusedBeforeAnythingIsSizedByIt() throws IOException {
        String json = validJson();
        assertTrue(json.contains("\"numExp\":"), "the synthetic session has fits");
        byte[] bytes = json.replaceFirst("\"numExp\":\\d+", "\"numExp\":2147483647")
                .getBytes(StandardCharsets.UTF_8);
        String message = failure("exponentials.smsa", bytes);
        assertTrue(message.contains("numExp 2147483647 is outside 0 to 3"), message);
    }

    @Test
    void lastByteMissing() throws IOException {
        assertTrue(failure("cut.smsa", Arrays.copyOf(valid, valid.length - 1)).contains("truncated"));
    }

    @Test
    void corruptedInTheMiddle() throws IOException {
        byte[] bad = valid.clone();
        int colon = valid.length / 2;
        while (bad[colon] != ':') {
            colon++;
        }
        bad[colon] = '#';
        String message = failure("corrupt.smsa", bad);
        assertTrue(message.contains("corrupt") && !message.contains("LENIENT") && !message.contains("\n"), message);
    }

    @Test
    void dataAfterTheSession() throws IOException {
        byte[] bytes = (validJson() + "{}").getBytes(StandardCharsets.UTF_8);
        assertTrue(failure("trailing.smsa", bytes).contains("after the end"));
    }

    @Test
    void emptyFile() throws IOException {
        assertTrue(failure("empty.smsa", new byte[0]).contains("empty"));
    }

    @Test
    void anotherProgramsJson() throws IOException {
        String message = failure("other.smsa", "{\"name\": \"report\", \"version\": 3, \"rows\": [1, 2]}"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(message.contains("another program"), message);
        assertTrue(failure("array.smsa", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8)).contains("not a JSON object"));
        assertTrue(failure("format.smsa", "{\"format\": \"geojson\"}".getBytes(StandardCharsets.UTF_8))
                .contains("another program"));
    }

    @Test
    void sessionOfThePythonRewrite() throws IOException {
        String json = "{\"version\": \"1.2\", \"file_metadata\": {\"path\": \"x.h5\", \"filename\": \"x.h5\"},"
                + " \"levels\": {}, \"ui_state\": {\"bin_size_ms\": 10}}";
        assertTrue(failure("rewrite.smsa", json.getBytes(StandardCharsets.UTF_8)).contains("Python rewrite"));
    }

    @Test
    void pickleOfTheOriginal() throws IOException {
        byte[] pickle = { (byte) 0x80, 0x04, (byte) 0x95, 0x10, 0, 0, 0, 0, 0, 0, 0, (byte) 0x8c, 0x08, 'b', 'u',
            'i', 'l', 't', 'i', 'n', 's' };
        String message = failure("original.smsa", pickle);
        assertTrue(message.contains("original Full SMS (Python pickle)") && message.contains("run code"), message);
    }

    @Test
    void lzmaPickleOfTheOriginal() throws IOException {
        byte[] xz = { (byte) 0xFD, '7', 'z', 'X', 'Z', 0x00, 0x00, 0x04, (byte) 0xE6, (byte) 0xD6, (byte) 0xB4, 0x46 };
        assertTrue(failure("original-xz.smsa", xz).contains("LZMA"));
    }

    @Test
    void hdf5FileOpenedAsSession() throws IOException {
        byte[] h5 = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0 };
        assertTrue(failure("data.smsa", h5).contains("HDF5"));
    }

    @Test
    void newerSchema() throws IOException {
        byte[] bytes = validJson().replace("\"schemaVersion\":1,", "\"schemaVersion\":7,")
                .getBytes(StandardCharsets.UTF_8);
        String message = failure("future.smsa", bytes);
        assertTrue(message.contains("newer") && message.contains("schema 7"), message);
    }

    @Test
    void bareNanIsNotJson() throws IOException {
        byte[] bytes = validJson().replaceFirst("\"NaN\"", "NaN").getBytes(StandardCharsets.UTF_8);
        assertTrue(failure("nan.smsa", bytes).contains("corrupt"));
    }

    @Test
    void wrongTypeNamesThePath() throws IOException {
        byte[] bytes = validJson().replaceFirst("\"binSizeMs\":100\\.0", "\"binSizeMs\":\"wide\"")
                .getBytes(StandardCharsets.UTF_8);
        String message = failure("type.smsa", bytes);
        assertTrue(message.contains("$.particles[0].binSizeMs"), message);
    }

    @Test
    void missingKeyIsNamed() throws IOException {
        byte[] bytes = validJson().replaceFirst("\"numPhotons\":20000,", "").getBytes(StandardCharsets.UTF_8);
        String message = failure("missing.smsa", bytes);
        assertTrue(message.contains("\"numPhotons\" is missing") && message.contains("particles[0]"), message);
    }

    @Test
    void impossibleValueIsRejected() throws IOException {
        byte[] bytes = validJson().replaceFirst("\"binSizeMs\":100\\.0", "\"binSizeMs\":-5")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(failure("negative.smsa", bytes).contains("bin size"));
        byte[] roi = validJson().replaceFirst("\"endS\":1030\\.5", "\"endS\":1.5").getBytes(StandardCharsets.UTF_8);
        assertTrue(failure("roi.smsa", roi).contains("region of interest"));
    }

    @Test
    void classNamesInTheFileAreIgnored() throws IOException {
        // Nothing is instantiated by name: keys a polymorphic deserialiser would obey are just unknown keys here.
        String json = validJson().replaceFirst("\"name\":\"Particle 1\"",
                "\"@class\":\"java.lang.ProcessBuilder\",\"type\":\"java.lang.Runtime\",\"name\":\"Particle 1\"");
        Path file = dir.resolve("classes.smsa");
        Files.writeString(file, json);
        assertEquals("Particle 1", SessionReader.read(file).particles().get(0).name());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.smsa");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> SessionReader.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
