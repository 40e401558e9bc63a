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
 * numbers and skip rows that a whole read gives for its lines. A gzipped JSON Lines file is cut the same way in its
 * inflated bytes, into at most one range per core: a range's read inflates the file from its start and skips to the
 * range. A file that does not start as text, or has a UTF-16 or UTF-32 byte-order mark, is read whole. Finding the
 * cuts reads the file once (line breaks are counted, as {@code line N} needs).
 */
final class SlicePlanner {
    /** How much of the line after a cut is given the binary test. */
    private static final int PROBE = 64 * 1024;

    private SlicePlanner() {
    }

    /**
     * An entry of the expanded inputs: a file ({@code path}, its size as stored, whether it may be cut, whether it is
     * gzipped) or a skip row.
     */
    record Entry(Path path, long bytes, boolean splittable, boolean gzip) {
    }

    /**
     * @param maxCompressedRanges most ranges of one gzipped file: each range's read inflates the file from its start,
     *                            so a gzipped file is cut into at most this many (one per core of the job)
     */
    static List<Slice> plan(List<Entry> entries, long targetBytes, int maxCompressedRanges) {
        long target = Math.max(1, targetBytes);
        List<Slice> slices = new ArrayList<>();
        int from = 0;
        long bytes = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Cuts cuts = !e.splittable() ? Cuts.NONE
                    : e.gzip() ? (maxCompressedRanges > 1 && 4 * e.bytes() > target
                    ? compressedCuts(e, target, maxCompressedRanges) : Cuts.NONE)
                    : e.bytes() > 2 * target ? cuts(e, target) : Cuts.NONE;
            if (!cuts.at().isEmpty()) {
                if (i > from) {
                    slices.add(new Slice(slices.size(), from, i, -1, 0, 0, true, bytes));
                }
                long start = 0;
                long line = 1;
                long stored = 0;
                for (long[] cut : cuts.at()) {
                    // progress counts bytes as stored: a gzipped file's share of them, in proportion
                    long upTo = Math.round((double) cut[0] * e.bytes() / cuts.length());
                    slices.add(new Slice(slices.size(), i, i + 1, start, cut[0], line, false, upTo - stored));
                    start = cut[0];
                    line = cut[1];
                    stored = upTo;
                }
                slices.add(new Slice(slices.size(), i, i + 1, start, cuts.length(), line, true, e.bytes() - stored));
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

    /** Cuts of a file as (offset, number of the line that starts there), and the length of what is cut. */
    private record Cuts(List<long[]> at, long length) {
        static final Cuts NONE = new Cuts(List.of(), 0);
    }

    /**
     * The cuts of a plain file, or none when it is to be read whole. Line breaks are counted as {@link ByteInput}
     * counts lines: a line feed, a carriage return, or both together.
     */
    private static Cuts cuts(Entry e, long target) {
        try {
            if (!startsAsText(e.path(), false)) {
                return Cuts.NONE;
            }
            List<long[]> cuts = new ArrayList<>();
            try (SeekableByteChannel ch = Files.newByteChannel(e.path())) {
                long size = ch.size();
                ByteBuffer buf = ByteBuffer.allocate(1 << 20);
                LineScan scan = new LineScan(target);
                long base = 0;
                long lastCut = size - target / 2;
                while (true) {
                    buf.clear();
                    int n = ch.position(base).read(buf);
                    if (n <= 0) {
                        break;
                    }
                    long from = base;
                    scan.scan(buf.array(), n, base, k -> from + k <= lastCut && startsTextRecord(ch, from + k), cuts);
                    base += n;
                }
            }
            return new Cuts(cuts, e.bytes());
        } catch (IOException | UncheckedIOException ex) {
            return Cuts.NONE; // read whole: its read gives the error a row of its own
        }
    }

    /**
     * The cuts of a gzipped file, in offsets of its inflated bytes: inflated once here, line breaks counted as for a
     * plain file, a cut taken about every {@code target} bytes where the next line starts a JSON object and its first
     * bytes (those in the buffer, at least 64 KB or the whole line) pass the binary test; then thinned out evenly to
     * at most {@code maxRanges - 1}.
     */
    private static Cuts compressedCuts(Entry e, long target, int maxRanges) {
        try {
            if (!startsAsText(e.path(), true)) {
                return Cuts.NONE;
            }
            List<long[]> candidates = new ArrayList<>();
            long length;
            try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(e.path()), 1 << 16)) {
                byte[] b = new byte[1 << 20];
                LineScan scan = new LineScan(target);
                long base = 0;
                int keep = 0; // bytes carried over at the buffer's start (a line whose start was near the end)
                while (true) {
                    int n = in.readNBytes(b, keep, b.length - keep);
                    int limit = keep + n;
                    if (limit == 0) {
                        break;
                    }
                    boolean last = n == 0 || limit < b.length;
                    int k = last ? limit : Math.max(0, limit - PROBE);
                    scan.scan(b, k, base, i -> startsTextRecord(b, i, limit), candidates);
                    if (last) {
                        base += limit;
                        break;
                    }
                    // keep the unscanned tail, so that a cut near the buffer's end sees its next line's first bytes
                    keep = limit - k;
                    System.arraycopy(b, k, b, 0, keep);
                    base += k;
                }
                length = base;
            }
            List<long[]> cuts = new ArrayList<>();
            for (long[] c : candidates) {
                if (c[0] <= length - target / 2) {
                    cuts.add(c);
                }
            }
            int want = Math.min(cuts.size(), maxRanges - 1);
            List<long[]> chosen = new ArrayList<>(want);
            for (int j = 1; j <= want; j++) {
                chosen.add(cuts.get((int) ((long) j * cuts.size() / (want + 1))));
            }
            return new Cuts(chosen, length);
        } catch (IOException | UncheckedIOException ex) {
            return Cuts.NONE;
        }
    }

    /**
     * Counts line breaks as {@link ByteInput} counts lines (a line feed, a carriage return, or both together) over
     * consecutive buffers, and proposes a cut after a line feed once {@code target} bytes have passed since the last.
     */
    private static final class LineScan {
        private final long target;
        private long lines;
        private boolean cr;
        private long nextCut;

        LineScan(long target) {
            this.target = target;
            this.nextCut = target;
        }

        /** Bytes {@code b[0, to)}, at file offset {@code base}: adds (offset, line) for each accepted cut. */
        void scan(byte[] b, int to, long base, IOPredicate accept, List<long[]> cuts) throws IOException {
            for (int k = 0; k < to; k++) {
                byte c = b[k];
                if (c == '\n') {
                    if (!cr) {
                        lines++;
                    }
                    cr = false;
                    long at = base + k + 1;
                    if (at >= nextCut && accept.test(k + 1)) {
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
        }
    }

    /** Whether a cut may fall at index {@code k} of the buffer being scanned. */
    @FunctionalInterface
    private interface IOPredicate {
        boolean test(int k) throws IOException;
    }

    /** Whether the file's first bytes are text and carry no UTF-16/32 byte-order mark (as a whole read tests them). */
    private static boolean startsAsText(Path path, boolean gzip) throws IOException {
        try (ByteInput in = ByteInput.open(path, gzip)) {
            return in.encodingOf(true).isEmpty() && !in.atEnd() && in.sniff() == Decoding.Verdict.TEXT;
        }
    }

    /** Whether the line at {@code from} in {@code b} (bytes up to {@code limit}) starts a JSON object and is text. */
    private static boolean startsTextRecord(byte[] b, int from, int limit) {
        int end = from;
        int probeEnd = Math.min(limit, from + PROBE);
        while (end < probeEnd && b[end] != '\n' && b[end] != '\r') {
            end++;
        }
        if (end == from || b[from] != '{') {
            return false;
        }
        return Decoding.profile(b, from, end - from, end == probeEnd).isText();
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
