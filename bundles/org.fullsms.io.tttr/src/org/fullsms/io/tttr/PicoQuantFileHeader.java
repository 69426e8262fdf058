package org.fullsms.io.tttr;

/**
 * A PicoQuant header as both decoders need it: what the contract exposes plus the record layout, which
 * {@link TttrHeader} does not carry but {@link TttrDecoder#decode} needs.
 */
record PicoQuantFileHeader(TttrHeader header, PicoQuantRecordType recordType) {

    /**
     * Checks that a header handed to {@code decode} came from this file, so records are never decoded with
     * another file's offset or layout.
     */
    void requireSameFile(TttrHeader given) {
        if (given.dataOffset() != header.dataOffset() || !given.format().equals(header.format())) {
            throw new IllegalArgumentException("the header (" + given.format() + ", records at byte "
                    + given.dataOffset() + ") was not read from this file (" + header.format() + ", records at byte "
                    + header.dataOffset() + ")");
        }
    }
}
