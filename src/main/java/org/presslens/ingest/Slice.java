package org.presslens.ingest;

import java.io.Serializable;

/**
 * A part of a read that can be read on its own (by a Spark task): a run of whole entries of the expanded inputs
 * (files, and the skip rows of what is not read), or one byte range of a large JSON Lines file, starting and ending
 * at a line break. Made by {@link CorpusReader#plan}; read by {@link CorpusReader#readSlice}.
 *
 * @param index     position in the plan (slices in index order are the read in input order)
 * @param fromEntry first entry of the expanded inputs
 * @param toEntry   entry after the last one
 * @param start     first byte of the range in the entry's file, or -1 for whole entries
 * @param end       byte after the range (for a range)
 * @param firstLine number of the range's first line, as the whole file's read counts them (for a range)
 * @param last      whether the range ends the file (for a range; whole entries always end their files)
 * @param bytes     bytes of input the slice covers, for progress
 */
public record Slice(int index, int fromEntry, int toEntry, long start, long end, long firstLine, boolean last,
                    long bytes) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether this is a byte range of one file rather than whole entries. */
    public boolean isRange() {
        return start >= 0;
    }

    /** Whether this range begins its file (and so reads its start, as a whole read would). */
    boolean first() {
        return start <= 0;
    }
}
