package org.presslens.ingest;

import java.io.IOException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of a CSV input (RFC 4180: {@code ,} between fields, {@code "} around fields that hold commas, quotes
 * or line breaks, {@code ""} for a quote inside them), framed byte by byte so that memory stays bounded: a record of
 * more than the size limit is read to its end without being kept and reported as {@link Problem#TOO_LARGE}. Records
 * end at {@code \n}, {@code \r\n} or a lone {@code \r} outside quotes; line breaks inside quoted fields become
 * {@code \n}. As with Apache Commons CSV's default format, a quote inside an unquoted field is an ordinary character
 * and white space between a closing quote and the next comma is ignored.
 *
 * <p>A quoted field that is never closed ({@link Problem#UNCLOSED}) swallows the rest of the input; when that rest
 * fits in the limit, the lines after the record's first line are given back and read again as records, so one
 * stray quote costs one row. When it does not fit ({@link Problem#TOO_LARGE_UNCLOSED}) there is no record boundary to
 * resume at and the input is at its end.
 */
final class CsvRecords {
    /** Fields kept per record; a record with more is only counted (it cannot match a header of at most this many). */
    static final int MAX_FIELDS = 10_000;

    /** Why a record could not be read. */
    enum Problem { NONE, TOO_LARGE, TOO_LARGE_UNCLOSED, UNCLOSED, CHARACTER_AFTER_QUOTE }

    /** The profile of a record whose bytes were not kept. */
    private static final Decoding.Profile UNREAD = new Decoding.Profile(true, Decoding.Verdict.TEXT, false);

    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private static final int AFTER_CLOSE = 4;

    private final ByteInput in;
    private final int max;
    private long line;
    private byte[] raw = new byte[1024];
    private int rawLen;
    private byte[] out = new byte[1024];
    private int outLen;
    private int[] ends = new int[16];
    private int fields;
    /** Bytes of the current record so far, and whether that is above the limit (then nothing more is kept). */
    private long size;
    private boolean over;

    CsvRecords(ByteInput in, int maxRecordBytes) {
        this.in = in;
        this.max = maxRecordBytes;
    }

    /**
     * One record: the lines it spans, its problem, and (when it has none) its fields.
     *
     * @param line     first line (1-based)
     * @param lastLine last line
     * @param size     number of fields
     * @param values   the fields, or an empty list when there is a problem or more than {@link #MAX_FIELDS}
     * @param profile  its bytes' profile: not valid UTF-8 means decoded as windows-1252; the binary test
     */
    record Row(long line, long lastLine, Problem problem, int size, List<String> values, Decoding.Profile profile) {
        /** True for an empty line or one of only white space. */
        boolean blank() {
            return problem == Problem.NONE && size == 1 && values.get(0).isBlank();
        }
    }

    /** The next record, or null at the end. */
    Row next() throws IOException {
        long first = line + 1;
        rawLen = 0;
        outLen = 0;
        fields = 0;
        size = 0;
        over = false;
        boolean any = false;
        Problem problem = Problem.NONE;
        int state = START;
        boolean lineStart = true;
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (!any) {
                    return null;
                }
                if (!lineStart) {
                    line++;
                }
                if (state == QUOTED) {
                    if (over) {
                        return new Row(first, line, Problem.TOO_LARGE_UNCLOSED, 0, List.of(), UNREAD);
                    }
                    return unclosed(first);
                }
                endField();
                break;
            }
            any = true;
            if (!over && ++size > max) {
                over = true;
            }
            keepRaw(c);
            boolean lineEnd = c == '\n' || c == '\r';
            if (lineEnd) {
                if (c == '\r' && in.consumeLf()) {
                    keepRaw('\n');
                }
                if (state != QUOTED) {
                    line++;
                    endField();
                    break;
                }
                line++;
                keep('\n');
                lineStart = true;
                continue;
            }
            lineStart = false;
            switch (state) {
                case START -> {
                    if (c == '"') {
                        state = QUOTED;
                    } else if (c == ',') {
                        endField();
                    } else {
                        keep(c);
                        state = UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (c == ',') {
                        endField();
                        state = START;
                    } else {
                        keep(c);
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        state = QUOTE_IN_QUOTED;
                    } else {
                        keep(c);
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        keep(c);
                        state = QUOTED;
                    } else if (c == ',') {
                        endField();
                        state = START;
                    } else if (isSpace(c)) {
                        state = AFTER_CLOSE;
                    } else {
                        if (problem == Problem.NONE) {
                            problem = Problem.CHARACTER_AFTER_QUOTE;
                        }
                        state = UNQUOTED;
                    }
                }
                default -> { // AFTER_CLOSE
                    if (c == ',') {
                        endField();
                        state = START;
                    } else if (!isSpace(c)) {
                        if (problem == Problem.NONE) {
                            problem = Problem.CHARACTER_AFTER_QUOTE;
                        }
                        state = UNQUOTED;
                    }
                }
            }
        }
        if (over) {
            return new Row(first, line, Problem.TOO_LARGE, 0, List.of(), UNREAD);
        }
        Decoding.Profile p = Decoding.profile(raw, 0, rawLen, false);
        if (problem != Problem.NONE) {
            return new Row(first, line, problem, 0, List.of(), p);
        }
        List<String> values = fields > MAX_FIELDS ? List.of() : new Values(Arrays.copyOf(out, outLen),
                Arrays.copyOf(ends, fields),
                p.utf8());
        return new Row(first, line, Problem.NONE, fields, values, p);
    }

    /** A quoted field runs to the end: give back what follows the record's first line, and report the record. */
    private Row unclosed(long first) {
        int k = 0;
        while (k < rawLen && raw[k] != '\n' && raw[k] != '\r') {
            k++;
        }
        if (k < rawLen) {
            k += raw[k] == '\r' && k + 1 < rawLen && raw[k + 1] == '\n' ? 2 : 1;
            in.pushBack(raw, k, rawLen - k);
            line = first;
        }
        return new Row(first, first, Problem.UNCLOSED, 0, List.of(), UNREAD);
    }

    /** The lines read so far (for messages about a read error). */
    long linesRead() {
        return line;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\f' || c == 0x0B || (c >= 0x1C && c <= 0x1F);
    }

    /** Bytes held by this framer's buffers (for tests of bounded reading). */
    long heldBytes() {
        return raw.length + out.length + 4L * ends.length;
    }

    private void keepRaw(int c) {
        if (over) {
            return;
        }
        if (rawLen == raw.length) {
            raw = Arrays.copyOf(raw, raw.length * 2);
        }
        raw[rawLen++] = (byte) c;
    }

    private void keep(int c) {
        if (over) {
            return;
        }
        if (outLen == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[outLen++] = (byte) c;
    }

    private void endField() {
        if (fields < MAX_FIELDS + 1) {
            if (fields == ends.length) {
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            ends[fields] = outLen;
        }
        fields++;
    }

    /** The fields of a record, decoded on first use. */
    private static final class Values extends AbstractList<String> {
        private final byte[] bytes;
        private final int[] ends;
        private final boolean utf8;
        private final String[] decoded;

        Values(byte[] bytes, int[] ends, boolean utf8) {
            this.bytes = bytes;
            this.ends = ends;
            this.utf8 = utf8;
            this.decoded = new String[ends.length];
        }

        @Override
        public String get(int i) {
            String s = decoded[i];
            if (s == null) {
                int from = i == 0 ? 0 : ends[i - 1];
                s = Decoding.decode(bytes, from, ends[i] - from, utf8);
                decoded[i] = s;
            }
            return s;
        }

        @Override
        public int size() {
            return ends.length;
        }
    }
}
