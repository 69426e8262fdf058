package org.fullsms.io.tttr;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Test-only writers of PicoQuant files, byte for byte from the public format descriptions: a PTU tag dictionary
 * builder and the fixed PicoHarp / HydraHarp legacy headers. Deliberately independent of the decoders' classes.
 */
final class PicoQuantTestFiles {

    private PicoQuantTestFiles() {
    }

    /** Appends PTU tags and then records; {@link #bytes()} gives the file. */
    static final class Ptu {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private boolean ended;

        Ptu() {
            out.writeBytes("PQTTTR\0\0".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes("00.0.1\0\0".getBytes(StandardCharsets.US_ASCII));
        }

        /** The tags every T3 file needs; records follow with {@link #records}. */
        static Ptu t3(int recordType, long records, double globalResolutionS, double resolutionS) {
            return new Ptu().integer("TTResultFormat_TTTRRecType", recordType)
                    .integer("TTResult_NumberOfRecords", records)
                    .real("MeasDesc_GlobalResolution", globalResolutionS)
                    .real("MeasDesc_Resolution", resolutionS);
        }

        /** The tags every T2 file needs. */
        static Ptu t2(int recordType, long records, double globalResolutionS) {
            return new Ptu().integer("TTResultFormat_TTTRRecType", recordType)
                    .integer("TTResult_NumberOfRecords", records)
                    .real("MeasDesc_GlobalResolution", globalResolutionS);
        }

        Ptu entry(String name, int index, int type, long value) {
            ByteBuffer entry = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
            byte[] chars = name.getBytes(StandardCharsets.US_ASCII);
            entry.put(chars, 0, Math.min(chars.length, 32));
            entry.putInt(32, index).putInt(36, type).putLong(40, value);
            out.writeBytes(entry.array());
            return this;
        }

        Ptu integer(String name, long value) {
            return entry(name, -1, 0x10000008, value);
        }

        Ptu real(String name, double value) {
            return entry(name, -1, 0x20000008, Double.doubleToRawLongBits(value));
        }

        Ptu string(String name, String value) {
            byte[] bytes = (value + "\0").getBytes(StandardCharsets.UTF_8);
            entry(name, -1, 0x4001FFFF, bytes.length);
            out.writeBytes(bytes);
            return this;
        }

        Ptu wideString(String name, String value) {
            byte[] bytes = (value + "\0").getBytes(StandardCharsets.UTF_16LE);
            entry(name, -1, 0x4002FFFF, bytes.length);
            out.writeBytes(bytes);
            return this;
        }

        Ptu blob(String name, int index, int length) {
            entry(name, index, 0xFFFFFFFF, length);
            out.writeBytes(new byte[length]);
            return this;
        }

        Ptu end() {
            ended = true;
            return entry("Header_End", -1, 0xFFFF0008, 0);
        }

        Ptu records(int... records) {
            if (!ended) {
                end();
            }
            ByteBuffer data = ByteBuffer.allocate(records.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int record : records) {
                data.putInt(record);
            }
            out.writeBytes(data.array());
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** A PicoHarp 300 format 2.0 file: 536-byte main header, one 156-byte board, 36-byte TTTR header. */
    static byte[] picoHarp(int mode, int syncRateHz, float resolutionNs, long declaredRecords, int imageWords,
            int... records) {
        int dataOffset = 536 + 156 + 36 + 4 * imageWords;
        ByteBuffer file = ByteBuffer.allocate(dataOffset + 4 * records.length).order(ByteOrder.LITTLE_ENDIAN);
        text(file, 0, "PicoHarp 300");
        text(file, 16, "2.0");
        text(file, 22, "PicoHarp Software");
        text(file, 72, "synthetic test file");
        file.putInt(332, 32).putInt(340, 1).putInt(348, mode).putInt(364, 1000);
        text(file, 536, "PicoHarp 300");
        file.putFloat(536 + 48, resolutionNs);
        file.putInt(692 + 12, syncRateHz).putInt(692 + 28, (int) declaredRecords).putInt(692 + 32, imageWords);
        file.position(dataOffset);
        for (int record : records) {
            file.putInt(record);
        }
        return file.array();
    }

    /** A HydraHarp file (format "1.0" or "2.0") with {@code channels} input channels. */
    static byte[] hydraHarp(String version, int mode, int channels, int syncRateHz, double resolutionPs,
            double baseResolutionPs, long declaredRecords, int imageWords, int... records) {
        int tttr = 536 + 160 + 20 * channels;
        int dataOffset = tttr + 24 + 4 * imageWords;
        ByteBuffer file = ByteBuffer.allocate(dataOffset + 4 * records.length).order(ByteOrder.LITTLE_ENDIAN);
        text(file, 0, "HydraHarp");
        text(file, 16, version);
        text(file, 22, "HydraHarp AcqUI");
        file.putInt(332, 32).putInt(340, mode).putDouble(352, resolutionPs).putInt(364, 1000);
        text(file, 536, "HydraHarp 400");
        file.putDouble(648, baseResolutionPs).putInt(664, channels);
        file.putInt(tttr, syncRateHz).putInt(tttr + 12, imageWords).putLong(tttr + 16, declaredRecords);
        file.position(dataOffset);
        for (int record : records) {
            file.putInt(record);
        }
        return file.array();
    }

    private static void text(ByteBuffer file, int offset, String text) {
        file.put(offset, text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
