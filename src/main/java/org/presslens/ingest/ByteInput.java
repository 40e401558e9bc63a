package org.presslens.ingest;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A buffered, optionally gunzipped byte input over one regular file: a peek window (for the binary test), bytes one
 * at a time with push-back (for the CSV and JSON-array framers), lines of bounded length (for JSONL), and
 * whole-content reading under a size limit. A UTF-8 byte-order mark is dropped; a UTF-16 or UTF-32 one (either byte
 * order) makes the input transcoded to UTF-8, so every reader sees UTF-8 bytes. Not thread-safe.
 */
final class ByteInput implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final String encoding;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[256];
    private long lineNumber;
    private boolean pendingCr;
    private byte[] viewBuf;
    private int viewOff;
    private int viewLen;
    private boolean viewTooLong;

    private ByteInput(InputStream in, String encoding) {
        this.in = in;
        this.encoding = encoding;
    }

    /**
     * Opens a regular file (a pipe, socket or device is refused without being opened), gunzipping when asked, and
     * handles a byte-order mark.
     *
     * @throws NotRegularFileException when the path is not a regular file
     */
    static ByteInput open(Path path, boolean gzip) throws IOException {
        return open(path, gzip, null);
    }

    /** As {@link #open(Path, boolean)}, counting the file's bytes as they are read into {@code progress} (if any). */
    static ByteInput open(Path path, boolean gzip, ReadProgress progress) throws IOException {
        if (!Files.readAttributes(path, BasicFileAttributes.class).isRegularFile()) {
            throw new NotRegularFileException(path.toString());
        }
        InputStream file = Files.newInputStream(path);
        InputStream raw = progress == null ? file : new Counting(file, progress);
        try {
            ByteInput bi = new ByteInput(gzip ? new GZIPInputStream(raw, BUFFER) : raw, "");
            Charset bom = bi.byteOrderMark();
            if (bom == null) {
                return bi;
            }
            Reader chars = new InputStreamReader(bi.remaining(), bom);
            return new ByteInput(new Utf8Transcoder(chars), bom.name());
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Opens the byte range of a file that a {@link Slice} names, counting its lines from the slice's first line: of
     * the file's bytes, or of a gzipped file's inflated bytes (inflated from the start and skipped up to the range).
     * The planner splits only files without a UTF-16/32 byte-order mark, at line breaks.
     */
    static ByteInput openRange(Path path, boolean gzip, Slice range, ReadProgress progress) throws IOException {
        if (!Files.readAttributes(path, BasicFileAttributes.class).isRegularFile()) {
            throw new NotRegularFileException(path.toString());
        }
        InputStream file = Files.newInputStream(path);
        try {
            InputStream raw = progress == null ? file : new Counting(file, progress);
            InputStream in;
            if (gzip) {
                in = new GZIPInputStream(raw, BUFFER);
                inflatePast(in, range.start());
            } else {
                in = raw;
                in.skipNBytes(range.start()); // a seek
            }
            ByteInput bi = new ByteInput(new Bounded(in, range.end() - range.start()), "");
            bi.lineNumber = range.firstLine() - 1;
            if (range.first() && bi.byteOrderMark() != null) {
                throw new IOException("a file with a UTF-16 or UTF-32 byte-order mark cannot be read in ranges");
            }
            return bi;
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * Inflates and drops the first {@code n} bytes of a gzip stream, a buffer at a time ({@code InflaterInputStream}'s
     * own {@code skip} inflates 512 bytes per call).
     */
    private static void inflatePast(InputStream in, long n) throws IOException {
        byte[] sink = new byte[BUFFER];
        long left = n;
        while (left > 0) {
            int k = in.read(sink, 0, (int) Math.min(sink.length, left));
            if (k < 0) {
                throw new EOFException("gzip stream ended " + left + " bytes before the range's start");
            }
            left -= k;
        }
    }

    /** At most {@code left} bytes of a stream. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(Math.min(n, left));
            left -= k;
            return k;
        }
    }

    /** Consumes a byte-order mark; returns the charset to transcode from, or null for UTF-8 (with or without mark). */
    private Charset byteOrderMark() throws IOException {
        int n = fill(4);
        int b0 = n > 0 ? buf[pos] & 0xFF : -1;
        int b1 = n > 1 ? buf[pos + 1] & 0xFF : -1;
        int b2 = n > 2 ? buf[pos + 2] & 0xFF : -1;
        int b3 = n > 3 ? buf[pos + 3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            pos += 3;
            return null;
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            pos += 4;
            return Charset.forName("UTF-32LE");
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            pos += 4;
            return Charset.forName("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            pos += 2;
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            pos += 2;
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The rest of this input (buffered bytes first) as a stream. */
    private InputStream remaining() {
        return new SequenceInputStream(new ByteArrayInputStream(buf, pos, limit - pos), in);
    }

    /**
     * The encoding of a record read from this input (see {@link Produced.Doc#encoding()}): {@code windows-1252} when
     * its bytes were not valid UTF-8 ({@code utf8} false), else the encoding the file was transcoded from
     * ({@code UTF-16LE}, ...) or empty for UTF-8.
     */
    String encodingOf(boolean utf8) {
        return utf8 ? encoding : Decoding.FALLBACK.name();
    }

    /** Buffers at least {@code n} bytes ahead (fewer at end of input) and returns how many are buffered. */
    int fill(int n) throws IOException {
        if (limit - pos >= n || eof) {
            return limit - pos;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (buf.length < n) {
            buf = Arrays.copyOf(buf, n);
        }
        while (limit < n && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return limit - pos;
    }

    /** The buffered bytes ahead (valid up to {@link #fill}'s result), starting at {@link #peekOffset()}. */
    byte[] peekBuffer() {
        return buf;
    }

    int peekOffset() {
        return pos;
    }

    /** The binary test (see {@link Decoding}) on the first {@link Decoding#SNIFF_BYTES} bytes ahead. */
    Decoding.Verdict sniff() throws IOException {
        int n = fill(Decoding.SNIFF_BYTES);
        int len = Math.min(n, Decoding.SNIFF_BYTES);
        return Decoding.profile(buf, pos, len, len < n || !eof).verdict();
    }

    /** True when no content byte remains. */
    boolean atEnd() throws IOException {
        return fill(1) == 0;
    }

    /** The next byte (0–255), or -1 at the end. */
    int read() throws IOException {
        if (pos >= limit && fill(1) == 0) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    /** Gives back the byte just returned by {@link #read()} (call only right after a read that returned a byte). */
    void unread() {
        pos--;
    }

    /** After a {@code \r}: consumes the {@code \n} of a {@code \r\n} pair; true when there was one. */
    boolean consumeLf() throws IOException {
        int d = read();
        if (d == '\n') {
            return true;
        }
        if (d >= 0) {
            unread();
        }
        return false;
    }

    /** Puts {@code b[off, off+len)} back in front of the bytes still to read. */
    void pushBack(byte[] b, int off, int len) {
        if (len <= pos) {
            pos -= len;
            System.arraycopy(b, off, buf, pos, len);
            return;
        }
        int have = limit - pos;
        byte[] nb = new byte[Math.max(buf.length, len + have)];
        System.arraycopy(b, off, nb, 0, len);
        System.arraycopy(buf, pos, nb, len, have);
        buf = nb;
        pos = 0;
        limit = len + have;
    }

    /**
     * Moves to the next line, ended by {@code \n}, {@code \r\n} or a lone {@code \r}; false at the end. Its bytes are
     * {@link #lineBytes()} from {@link #lineOffset()} for {@link #lineLength()} (valid until the next call). A line
     * of more than {@code max} bytes is read to its end without being kept: {@link #lineTooLong()} is then true and
     * its length is 0.
     */
    boolean nextLine(int max) throws IOException {
        int len = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= limit && fill(1) == 0) {
                pendingCr = false;
                if (!any) {
                    return false;
                }
                setView(line, 0, len, tooLong);
                return true;
            }
            if (pendingCr) {
                pendingCr = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int i = pos;
            while (i + 8 <= limit) {
                long w = (long) Decoding.LONGS.get(buf, i);
                if (Decoding.hasByte(w, '\n') || Decoding.hasByte(w, '\r')) {
                    break;
                }
                i += 8;
            }
            byte c = 0;
            while (i < limit && (c = buf[i]) != '\n' && c != '\r') {
                i++;
            }
            int n = i - pos;
            if (!tooLong && (long) len + n > max) {
                tooLong = true;
            }
            if (i < limit) {
                if (tooLong) {
                    setView(line, 0, 0, true);
                } else if (len == 0) {
                    setView(buf, pos, n, false);
                } else {
                    len = append(len, pos, n);
                    setView(line, 0, len, false);
                }
                pos = i + 1;
                pendingCr = c == '\r';
                return true;
            }
            if (!tooLong) {
                len = append(len, pos, n);
            }
            pos = limit;
        }
    }

    private void setView(byte[] b, int off, int len, boolean tooLong) {
        lineNumber++;
        viewBuf = b;
        viewOff = off;
        viewLen = tooLong ? 0 : len;
        viewTooLong = tooLong;
    }

    byte[] lineBytes() {
        return viewBuf;
    }

    int lineOffset() {
        return viewOff;
    }

    int lineLength() {
        return viewLen;
    }

    /** True when the current line was longer than the limit given to {@link #nextLine} (its bytes were not kept). */
    boolean lineTooLong() {
        return viewTooLong;
    }

    /** True when the current line holds only spaces, tabs and form feeds. */
    boolean lineIsBlank() {
        if (viewTooLong) {
            return false;
        }
        for (int i = viewOff; i < viewOff + viewLen; i++) {
            byte c = viewBuf[i];
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    private int append(int len, int from, int n) {
        if (len + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
        }
        System.arraycopy(buf, from, line, len, n);
        return len + n;
    }

    /** Bytes held in this input's buffers (for tests that reading stays bounded). */
    long heldBytes() {
        return buf.length + line.length;
    }

    /** Number of the last line returned by {@link #nextLine} (1-based; 0 before the first). */
    long lineNumber() {
        return lineNumber;
    }

    /**
     * Reads the rest of the input, at most {@code max} bytes.
     *
     * @throws TooLargeException when the input holds more than {@code max} bytes
     */
    byte[] readAll(long max) throws IOException {
        byte[] out = new byte[Math.max(16, limit - pos)];
        int n = 0;
        while (true) {
            if (pos >= limit && fill(1) == 0) {
                return Arrays.copyOf(out, n);
            }
            int avail = limit - pos;
            if ((long) n + avail > max) {
                throw new TooLargeException(max);
            }
            if (n + avail > out.length) {
                out = Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(out.length * 2L, n + avail)));
            }
            System.arraycopy(buf, pos, out, n, avail);
            n += avail;
            pos = limit;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The input exceeds the size limit for formats read whole. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        final long max;

        TooLargeException(long max) {
            super("larger than " + max + " bytes");
            this.max = max;
        }
    }

    /** The path is a pipe, socket, device or other non-regular file, which is not opened (it could block forever). */
    static final class NotRegularFileException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotRegularFileException(String file) {
            super(file, null, "not a regular file");
        }
    }

    /** Characters re-encoded as UTF-8 bytes (for UTF-16 and UTF-32 input); malformed input becomes U+FFFD. */
    private static final class Utf8Transcoder extends InputStream {
        private final Reader in;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 16).flip();
        private boolean eof;
        private boolean flushed;

        Utf8Transcoder(Reader in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!bytes.hasRemaining()) {
                if (flushed) {
                    return -1;
                }
                bytes.clear();
                if (!eof) {
                    int n = in.read(chars.array(), chars.position(), chars.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        chars.position(chars.position() + n);
                    }
                }
                chars.flip();
                encoder.encode(chars, bytes, eof);
                if (eof) {
                    encoder.flush(bytes);
                    flushed = true;
                }
                chars.compact();
                bytes.flip();
            }
            int n = Math.min(len, bytes.remaining());
            bytes.get(b, off, n);
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Counts the bytes read from a file into a {@link ReadProgress}. */
    private static final class Counting extends java.io.FilterInputStream {
        private final ReadProgress progress;

        Counting(InputStream in, ReadProgress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                progress.add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            progress.add(k);
            return k;
        }
    }
}
