package org.fullsms.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;

import org.fullsms.analysis.lifetime.FitResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that plain JSON cannot hold as numbers survive, and the file stays plain JSON. */
class SessionValuesTest {

    @TempDir
    Path dir;

    @Test
    void nonFiniteValuesRoundTripExactly() throws IOException {
        SessionSnapshot snapshot = Synthetic.snapshot(Synthetic.dataFile(dir), 3, 4, 300);
        Path file = dir.resolve("values.smsa");
        SessionWriter.write(snapshot, file, "test writer");

        SessionDocument back = SessionReader.read(file);
        DeepAssert deep = new DeepAssert();
        deep.equal(snapshot.particles(), back.particles(), "particles");
        deep.equal(snapshot.lifetime(), back.lifetime(), "lifetime");
        assertEquals(snapshot.uiState(), back.uiState());
        assertEquals(snapshot.settings(), back.settings());
        assertEquals("test writer", back.writtenBy());
        assertEquals(List.of(), back.warnings());
        assertTrue(deep.nanCount() > 20, "NaN compared: " + deep.nanCount());

        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"format\":\"fullsms-session\",\"schemaVersion\":1,"), json.substring(0, 60));
        assertTrue(json.contains("\"NaN\"") && json.contains("\"Infinity\""));
        assertTrue(json.contains("\"residuals\":\"f64:"), "curves are packed");
        // No bare NaN/Infinity tokens: every occurrence is quoted.
        assertFalse(json.replace("\"NaN\"", "").replace("\"-Infinity\"", "").replace("\"Infinity\"", "")
                .matches("(?s).*(NaN|Infinity).*"));
        // Strict JSON parsers accept it.
        new Gson().getAdapter(JsonElement.class).read(new JsonReader(new StringReader(json)));
    }

    @Test
    void packedAndDecimalArraysAreReadAlike() throws IOException {
        Path file = dir.resolve("forms.smsa");
        SessionWriter.write(Synthetic.snapshot(Synthetic.dataFile(dir), 1, 1, 5), file);
        JsonObject doc = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        JsonObject fit = doc.getAsJsonArray("particles").get(0).getAsJsonObject().getAsJsonArray("fits").get(0)
                .getAsJsonObject().getAsJsonObject("result");
        JsonArray residuals = new JsonArray();
        for (String v : new String[] { "0.0", "-0.0", "-Infinity", "0.049", "NaN" }) {
            if (Character.isLetter(v.charAt(v.length() - 1))) {
                residuals.add(v);
            } else {
                residuals.add(Double.parseDouble(v));
            }
        }
        fit.add("residuals", residuals);
        // tauNs {0.5, 3.25} packed by hand: little-endian IEEE-754 doubles in Base64.
        fit.addProperty("tauNs", "f64:AAAAAAAA4D8AAAAAAAAKQA==");
        Files.writeString(file, doc.toString());

        FitResult back = SessionReader.read(file).particles().get(0).fits().values().iterator().next();
        assertArrayEquals(new double[] { 0.5, 3.25 }, back.tauNs(), 0.0);
        double[] r = back.residuals();
        assertEquals(5, r.length);
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(r[1]), "negative zero kept");
        assertEquals(Double.NEGATIVE_INFINITY, r[2]);
        assertTrue(Double.isNaN(r[4]));
    }

    @Test
    void savedFileNamesItsDataFileBySizeChecksumAndPaths() throws IOException {
        Path data = Synthetic.dataFile(dir);
        Path file = dir.resolve("sub").resolve("s.smsa");
        SessionDocument written = SessionWriter.write(Synthetic.snapshot(data, 1, 1, 10), file);
        DataFileRef ref = SessionReader.read(file).dataFile();
        assertEquals(written.dataFile(), ref);
        assertEquals("../measurement.h5", ref.relativePath());
        assertEquals(data.toAbsolutePath().toString(), ref.absolutePath());
        assertEquals("measurement.h5", ref.fileName());
        assertEquals(5, ref.sizeBytes());
        // SHA-256 of the bytes 01 02 03 04 05 (computed independently with sha256sum).
        assertEquals("74f81fe167d99b4cb41d6d0ccda82278caee9f3e2f25d5e5a3936ff3dcec60d0", ref.sha256());
    }
}
