package org.presslens.ingest;

/**
 * What a {@link CorpusReader#readSlice slice read} yields: documents with their ids as read (not yet made unique),
 * skips (those of an open file marked, as the per-file cap counts them), and the end of each file. A
 * {@link RecordSequencer} fed these in input order gives the ids and skip rows of a whole read.
 */
public sealed interface SliceItem extends java.io.Serializable {

    /** A document; {@code doc.id()} is the id as read, before {@link RecordSequencer#id}. */
    record Doc(RawDocument doc) implements SliceItem {
    }

    /**
     * A skip row; {@code ofOpenFile} when it comes from reading an open file's records (capped per file by
     * {@link RecordSequencer#admit}) rather than from listing the inputs or opening a file.
     */
    record Skipped(Skip skip, boolean ofOpenFile) implements SliceItem {
    }

    /** The end of an open file; {@code last} is the read error that stopped it, if any (listed after the cap's summary). */
    record FileEnd(String source, Skip last) implements SliceItem {
    }
}
