package org.fullsms.io.tttr;

import java.util.ArrayList;
import java.util.List;

/** Keeps every decoded event, in order, for exact comparison in tests of small synthetic files. */
final class RecordingVisitor implements TttrRecordVisitor {

    /** A photon ({@code marker == false}: channel, ticks, micro) or a marker (bits in {@code channel}). */
    record Event(boolean marker, int channel, long ticks, int micro) {

        static Event photon(int channel, long ticks, int micro) {
            return new Event(false, channel, ticks, micro);
        }

        static Event t2Photon(int channel, long ticks) {
            return new Event(false, channel, ticks, NO_MICRO);
        }

        static Event marker(long ticks, int bits) {
            return new Event(true, bits, ticks, NO_MICRO);
        }
    }

    final List<Event> events = new ArrayList<>();

    @Override
    public void photon(int channel, long macroTicks, int microChannel) {
        events.add(Event.photon(channel, macroTicks, microChannel));
    }

    @Override
    public void marker(long macroTicks, int bits) {
        events.add(Event.marker(macroTicks, bits));
    }
}
