package org.presslens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the {@link Slice}s of a read. Whole entries are grouped in input order into slices of about the target size.
 * A plain JSON Lines file larger than twice the target is cut into ranges of about the target, each cut right after a
 * line feed and before a line that starts a JSON object and is text: a range then reads exactly the records, record
 * numbers and skip rows that a whole read gives for its lines. A file that does not start as text, or has a UTF-16 or
 * UTF-32 byte-order mark, is read whole. Finding the cuts reads the file once (line breaks are counted, as
 * {@code line N} needs).
 */
final class SlicePlanner {
    /** How much of the line after a cut is given the binary test. */
    private static final int PROBE = 64 * 1024;

    private SlicePlanner() {
    }

    /** An entry of the expanded inputs: a file ({@code path}, its size, whether it may be cut) or a skip row. */
    record Entry(Path path, long bytes, boolean splittable) {
    }

    static List<Slice> plan(List<Entry> entries, long targetBytes, IngestConfig config) {
        long target = Math.max(1, targetBytes);
        List<Slice> slices = new ArrayList<>();
        int from = 0;
        long bytes = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            List<long[]> cuts = e.splittable() && e.bytes() > 2 * target ? cuts(e, target) : List.of();
            if (!cuts.isEmpty()) {
                if (i > from) {
                    slices.add(new Slice(slices.size(), from, i, -1, 0, 0, true, bytes));
                }
                long start = 0;
                long line = 1;
                for (long[] cut : cuts) {
                    slices.add(new Slice(slices.size(), i, i + 1, start, cut[0], line, false, cut[0] - start));
                    start = cut[0];
                    line = cut[1];
                }
                slices.add(new Slice(slices.size(), i, i + 1, start, e.bytes(), line, true, e.bytes() - start));
                from = i + 1;
                bytes = 0;
                continue;
            }
            bytes += e.bytes();
            if (bytes >= target) {
                slices.add(new Slice(slices.size(), from, i + 1, -1, 0, 0, true, bytes));
                from = i + 1;
                bytes = 0;
            }
        }
        if (from < entries.size()) {
            slices.add(new Slice(slices.size(), from, entries.size(), -1, 0, 0, true, bytes));
        }
        return slices;
    }

    /**
     * The cuts of a file as (offset, number of the line that starts there), or none when the file is to be read whole.
     * Line breaks are counted as {@link ByteInput} counts lines: a line feed, a carriage return, or both together.
     */
    private static List<long[]> cuts(Entry e, long target) {
        try {
            if (!startsAsText(e.path())) {
                return List.of();
            }
            List<long[]> cuts = new ArrayList<>();
            try (SeekableByteChannel ch = Files.newByteChannel(e.path())) {
                long size = ch.size();
                ByteBuffer buf = ByteBuffer.allocate(1 << 20);
                long base = 0;
                long lines = 0;
                boolean cr = false;
                long nextCut = target;
                long lastCut = size - target / 2;
                while (true) {
                    buf.clear();
                    int n = ch.position(base).read(buf);
                    if (n <= 0) {
                        break;
                    }
                    byte[] b = buf.array();
                    for (int k = 0; k < n; k++) {
                        byte c = b[k];
                        if (c == '\n') {
                            if (!cr) {
                                lines++;
                            }
                            cr = false;
                            long at = base + k + 1;
                            if (at >= nextCut && at <= lastCut && startsTextRecord(ch, at)) {
                                cuts.add(new long[] {at, lines + 1});
                                nextCut = at + target;
                            }
                        } else {
                            if (c == '\r') {
                                lines++;
                            }
                            cr = c == '\r';
                        }
                    }
                    base += n;
                }
            }
            return cuts;
        } catch (IOException ex) {
            return List.of(); // read whole: its read gives the error a row of its own
        } catch (UncheckedIOException ex) {
            return List.of();
        }
    }

    /** Whether the file's first bytes are text and carry no UTF-16/32 byte-order mark (as a whole read tests them). */
    private static boolean startsAsText(Path path) throws IOException {
        try (ByteInput in = ByteInput.open(path, false)) {
            return in.encodingOf(true).isEmpty() && !in.atEnd() && in.sniff() == Decoding.Verdict.TEXT;
        }
    }

    /** Whether the line at {@code at} starts a JSON object and its first bytes pass the binary test. */
    private static boolean startsTextRecord(SeekableByteChannel ch, long at) throws IOException {
        ByteBuffer probe = ByteBuffer.allocate(PROBE);
        ch.position(at).read(probe);
        byte[] p = probe.array();
        int len = probe.position();
        int end = 0;
        while (end < len && p[end] != '\n' && p[end] != '\r') {
            end++;
        }
        if (end == 0 || p[0] != '{') {
            return false;
        }
        return Decoding.profile(p, 0, end, end == len).isText();
    }
}
