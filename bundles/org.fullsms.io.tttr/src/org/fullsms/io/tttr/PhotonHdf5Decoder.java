package org.fullsms.io.tttr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fullsms.io.hdf5.FileCheck;
import org.fullsms.io.tttr.PhotonHdf5Structure.Spot;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;

/**
 * Photon-HDF5 files (photon-hdf5.readthedocs.io), read with jHDF; the layout is in {@link PhotonHdf5Structure}.
 *
 * <p><b>Recognition</b> by content: the HDF5 signature, then a {@code photon_data} / {@code photon_data0} group or
 * the {@code format_name} "Photon-HDF5"; a file with "Particle …" groups (Full SMS HDF5) is never recognised.
 *
 * <p><b>Mapping.</b> Timestamps are the macro ticks ({@code timestamps_unit} per tick). Each detector id is a
 * channel; without {@code detectors} every photon is on channel 0. Nanotimes are the micro channels
 * ({@code tcspc_unit} wide, {@code tcspc_num_bins} of them); without nanotimes the data are T2-like
 * ({@link TttrRecordVisitor#NO_MICRO}, no micro channels). The sync period is {@code 1 / laser_repetition_rate}
 * when the file gives it.
 *
 * <p><b>Multi-spot files</b> ({@code photon_data0}, {@code photon_data1} …): every spot is read, spot after spot,
 * and the channel is {@code spot × 256 + detector}; a detector id above 255 in such a file cannot be numbered so
 * and its photons are skipped with a warning. All spots must share one timestamp unit.
 *
 * <p>The file is read in blocks of {@value #BLOCK} photons, so memory does not grow with the file.
 */
public final class PhotonHdf5Decoder implements TttrDecoder {

    private static final int BLOCK = 1 << 16;
    private static final int MAX_MICRO_CHANNELS = 1 << 24;
    private static final int SPOT_CHANNELS = 256;

    @Override
    public String family() {
        return PhotonHdf5Structure.FORMAT_NAME;
    }

    @Override
    public boolean recognises(Path file, ByteBuffer head) {
        try {
            if (!FileCheck.hasSignature(file)) {
                return false;
            }
            try (HdfFile hdf = new HdfFile(file)) {
                return PhotonHdf5Structure.isPhotonHdf5(hdf);
            }
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public TttrHeader readHeader(Path file) throws IOException {
        checkHdf5(file);
        try (HdfFile hdf = new HdfFile(file)) {
            return header(file, hdf);
        } catch (RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    private static TttrHeader header(Path file, HdfFile hdf) throws TttrFormatException {
        for (String name : hdf.getChildren().keySet()) {
            if (name.startsWith("Particle ")) {
                throw new TttrFormatException(file, "a Full SMS HDF5 file (it has '" + name + "'), not Photon-HDF5.");
            }
        }
        List<Spot> spots = PhotonHdf5Structure.spots(hdf);
        if (spots.isEmpty()) {
            throw new TttrFormatException(file, "has no /photon_data group, so no photons to read as Photon-HDF5.");
        }
        String name = file.getFileName().toString();
        List<String> warnings = new ArrayList<>();
        double unitS = Double.NaN;
        long photons = 0;
        boolean anyNanotimes = false;
        for (Spot spot : spots) {
            String where = spot.group().getName();
            Dataset timestamps = PhotonHdf5Structure.dataset(spot.group(), "timestamps");
            if (timestamps == null) {
                throw new TttrFormatException(file, where + " has no 'timestamps' dataset.");
            }
            photons += PhotonHdf5Column.open(file, timestamps).length();
            double spotUnitS = PhotonHdf5Structure.number(spot.group(), "timestamps_specs/timestamps_unit");
            if (!(spotUnitS > 0) || !Double.isFinite(spotUnitS)) {
                throw new TttrFormatException(file, where + " has no positive timestamps_specs/timestamps_unit"
                        + " (seconds per timestamp tick).");
            }
            if (!Double.isNaN(unitS) && spotUnitS != unitS) {
                throw new TttrFormatException(file, where + " has timestamps_unit " + spotUnitS + " s but "
                        + spots.get(0).group().getName() + " has " + unitS + " s; spots with different units are"
                        + " not supported.");
            }
            unitS = spotUnitS;
            anyNanotimes |= PhotonHdf5Structure.dataset(spot.group(), "nanotimes") != null;
        }
        Spot first = spots.get(0);
        double microS = Double.NaN;
        int microChannels = 0;
        if (anyNanotimes) {
            double tcspcUnitS = PhotonHdf5Structure.number(first.group(), "nanotimes_specs/tcspc_unit");
            double bins = PhotonHdf5Structure.number(first.group(), "nanotimes_specs/tcspc_num_bins");
            double rangeS = PhotonHdf5Structure.number(first.group(), "nanotimes_specs/tcspc_range");
            if (!(tcspcUnitS > 0) && rangeS > 0 && bins > 0) {
                tcspcUnitS = rangeS / bins;
            }
            if (!(bins > 0) && rangeS > 0 && tcspcUnitS > 0) {
                bins = Math.round(rangeS / tcspcUnitS);
            }
            if (!(tcspcUnitS > 0) || !Double.isFinite(tcspcUnitS) || !(bins >= 1) || bins > MAX_MICRO_CHANNELS) {
                warnings.add(name + ": nanotimes_specs give no usable tcspc_unit and tcspc_num_bins, so the nanotimes"
                        + " are not used and the photons carry no micro time.");
            } else {
                microS = tcspcUnitS;
                microChannels = (int) bins;
            }
        }
        double rateHz = PhotonHdf5Structure.number(first.group(), "measurement_specs/laser_repetition_rate");
        double syncNs = rateHz > 0 && Double.isFinite(rateHz) ? 1e9 / rateHz : Double.NaN;

        String formatName = PhotonHdf5Structure.formatName(hdf);
        String version = PhotonHdf5Structure.text(hdf, "format_version");
        if (version == null) {
            version = PhotonHdf5Structure.text(hdf, "identity/format_version");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Format name", formatName == null ? "(not stated)" : formatName);
        if (version != null) {
            tags.put("Format version", version);
        }
        tags.put("Photon data", PhotonHdf5Structure.describe(spots));
        if (spots.size() > 1) {
            tags.put("Channel numbering", "spot × 256 + detector");
        }
        tags.put("Photons", Long.toString(photons));
        putText(tags, "Measurement type", first.group(), "measurement_specs/measurement_type");
        putText(tags, "Software", hdf, "identity/software");
        putText(tags, "Software version", hdf, "identity/software_version");
        String format = PhotonHdf5Structure.FORMAT_NAME + (version == null ? "" : " " + version)
                + (microChannels > 0 ? " (timestamps and nanotimes)" : " (timestamps only)");
        return new TttrHeader(format, unitS * 1e9, syncNs, microChannels > 0 ? microS * 1e9 : Double.NaN,
                microChannels, 0, photons, null, tags, warnings);
    }

    private static void putText(Map<String, String> tags, String tag, Group group, String path) {
        String value = PhotonHdf5Structure.text(group, path);
        if (value != null && !value.isEmpty()) {
            tags.put(tag, value);
        }
    }

    @Override
    public DecodeSummary decode(Path file, TttrHeader header, TttrRecordVisitor visitor) throws IOException {
        if (!header.format().startsWith(PhotonHdf5Structure.FORMAT_NAME)) {
            throw new TttrFormatException(file, "the header given (" + header.format() + ") is not one of a"
                    + " Photon-HDF5 file.");
        }
        checkHdf5(file);
        try (HdfFile hdf = new HdfFile(file)) {
            return new PhotonHdf5Reading(file, header, visitor).readAll(PhotonHdf5Structure.spots(hdf));
        } catch (RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /** One decoding pass: the spots one after another, each in blocks. */
    private static final class PhotonHdf5Reading {

        private final Path file;
        private final TttrRecordVisitor visitor;
        private final int microChannels;
        private final long[] timestamps = new long[BLOCK];
        private final long[] detectors = new long[BLOCK];
        private final long[] nanotimes = new long[BLOCK];
        private final List<String> warnings = new ArrayList<>();
        private long records;
        private long photons;
        private long badDetector;
        private long badNanotime;

        PhotonHdf5Reading(Path file, TttrHeader header, TttrRecordVisitor visitor) {
            this.file = file;
            this.visitor = visitor;
            this.microChannels = header.hasMicroTimes() ? header.microChannels() : 0;
        }

        DecodeSummary readAll(List<Spot> spots) throws TttrFormatException {
            String name = file.getFileName().toString();
            boolean multiSpot = spots.size() > 1;
            for (Spot spot : spots) {
                readSpot(spot, multiSpot, name);
            }
            if (badDetector > 0) {
                warnings.add(name + ": " + badDetector + " photons have a detector id that cannot be a channel"
                        + (multiSpot ? " (negative, or above 255 in a multi-spot file)" : " (negative)")
                        + ": they were skipped.");
            }
            if (badNanotime > 0) {
                warnings.add(name + ": " + badNanotime + " photons have a nanotime outside 0 … " + (microChannels - 1)
                        + " (tcspc_num_bins = " + microChannels + "): they were skipped.");
            }
            if (records == 0) {
                warnings.add(name + " holds no photons.");
            }
            return new DecodeSummary(records, photons, 0, warnings);
        }

        private void readSpot(Spot spot, boolean multiSpot, String name) throws TttrFormatException {
            String where = name + " " + spot.group().getName();
            Dataset t = PhotonHdf5Structure.dataset(spot.group(), "timestamps");
            if (t == null) {
                throw new TttrFormatException(file, spot.group().getName() + " has no 'timestamps' dataset.");
            }
            PhotonHdf5Column times = PhotonHdf5Column.open(file, t);
            PhotonHdf5Column dets = column(spot, "detectors");
            PhotonHdf5Column nanos = microChannels > 0 ? column(spot, "nanotimes") : null;
            long count = times.length();
            count = shortest(count, dets, "detectors", where);
            count = shortest(count, nanos, "nanotimes", where);
            if (microChannels > 0 && nanos == null) {
                warnings.add(where + " has no nanotimes: its photons carry no micro time.");
            }
            int channelBase = multiSpot ? spot.index() * SPOT_CHANNELS : 0;
            for (long start = 0; start < count; start += BLOCK) {
                int n = (int) Math.min(BLOCK, count - start);
                times.read(start, n, timestamps);
                if (dets != null) {
                    dets.read(start, n, detectors);
                }
                if (nanos != null) {
                    nanos.read(start, n, nanotimes);
                }
                emit(n, channelBase, multiSpot, dets != null, nanos != null);
                records += n;
            }
        }

        private void emit(int n, int channelBase, boolean multiSpot, boolean hasDetectors, boolean hasNanotimes) {
            long maxDetector = multiSpot ? SPOT_CHANNELS - 1 : Integer.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                long detector = hasDetectors ? detectors[i] : 0;
                if (detector < 0 || detector > maxDetector) {
                    badDetector++;
                    continue;
                }
                int micro = TttrRecordVisitor.NO_MICRO;
                if (hasNanotimes) {
                    long nanotime = nanotimes[i];
                    if (nanotime < 0 || nanotime >= microChannels) {
                        badNanotime++;
                        continue;
                    }
                    micro = (int) nanotime;
                }
                visitor.photon(channelBase + (int) detector, timestamps[i], micro);
                photons++;
            }
        }

        private PhotonHdf5Column column(Spot spot, String dataset) throws TttrFormatException {
            Dataset d = PhotonHdf5Structure.dataset(spot.group(), dataset);
            return d == null ? null : PhotonHdf5Column.open(file, d);
        }

        private long shortest(long count, PhotonHdf5Column column, String dataset, String where) {
            if (column == null || column.length() == count) {
                return count;
            }
            long n = Math.min(count, column.length());
            warnings.add(where + " has " + count + " timestamps but " + column.length() + " " + dataset + ": only the"
                    + " first " + n + " photons were read.");
            return n;
        }
    }

    private static TttrFormatException unreadable(Path file, RuntimeException e) {
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage();
        TttrFormatException wrapped = new TttrFormatException(file, "the HDF5 structure cannot be read (" + why
                + "); the file is damaged or not Photon-HDF5.");
        wrapped.initCause(e);
        return wrapped;
    }

    /** The HDF5 checks of the Full SMS reader (signature, truncation), as this decoder's exception. */
    private static void checkHdf5(Path file) throws IOException {
        String problem = FileCheck.problem(file);
        if (problem != null) {
            throw new TttrFormatException(file, problem + ".");
        }
    }
}
