package org.presslens.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A buffered, optionally gunzipped byte input with a peek window (for the binary test), UTF-8 lines with a
 * per-line windows-1252 fallback, and whole-content reading under a size limit. Not thread-safe.
 */
final class ByteInput implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[256];
    private long lineNumber;
    private long fallbackLines;
    private long firstFallbackLine;
    private final java.util.ArrayDeque<Long> pendingFallbackLines = new java.util.ArrayDeque<>();
    private boolean trackFallbackLines;
    private byte[] viewBuf;
    private int viewOff;
    private int viewLen;
    private boolean viewUtf8;

    private ByteInput(InputStream in) {
        this.in = in;
    }

    /** Opens a file, gunzipping when asked, and skips a UTF-8 byte-order mark. */
    static ByteInput open(Path path, boolean gzip) throws IOException {
        InputStream raw = Files.newInputStream(path);
        try {
            ByteInput bi = new ByteInput(gzip ? new GZIPInputStream(raw, BUFFER) : raw);
            if (bi.fill(3) >= 3 && (bi.buf[bi.pos] & 0xFF) == 0xEF && (bi.buf[bi.pos + 1] & 0xFF) == 0xBB
                    && (bi.buf[bi.pos + 2] & 0xFF) == 0xBF) {
                bi.pos += 3;
            }
            return bi;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
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

    /** True when the first bytes look binary (see {@link Decoding#looksBinary}). */
    boolean looksBinary() throws IOException {
        int n = fill(Decoding.SNIFF_BYTES);
        byte[] sniff = Arrays.copyOfRange(buf, pos, pos + Math.min(n, Decoding.SNIFF_BYTES));
        return Decoding.looksBinary(sniff, sniff.length);
    }

    /** True when no content byte remains. */
    boolean atEnd() throws IOException {
        return fill(1) == 0;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
    String readLine() throws IOException {
        return nextLine() ? lineText() : null;
    }

    /**
     * Moves to the next line without decoding it; its bytes are {@link #lineBytes()} from {@link #lineOffset()} for
     * {@link #lineLength()} (valid until the next call). False at the end.
     */
    boolean nextLine() throws IOException {
        int len = 0;
        while (true) {
            if (pos >= limit) {
                if (eof || fill(1) == 0) {
                    if (len == 0) {
                        return false;
                    }
                    setView(line, 0, len);
                    return true;
                }
            }
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl >= 0) {
                if (len == 0) {
                    setView(buf, pos, nl - pos);
                } else {
                    len = append(len, pos, nl - pos);
                    setView(line, 0, len);
                }
                pos = nl + 1;
                return true;
            }
            len = append(len, pos, limit - pos);
            pos = limit;
        }
    }

    private void setView(byte[] b, int off, int len) {
        lineNumber++;
        if (len > 0 && b[off + len - 1] == '\r') {
            len--;
        }
        viewBuf = b;
        viewOff = off;
        viewLen = len;
        viewUtf8 = Decoding.isUtf8(b, off, len);
        if (!viewUtf8) {
            if (fallbackLines++ == 0) {
                firstFallbackLine = lineNumber;
            }
            if (trackFallbackLines) {
                pendingFallbackLines.add(lineNumber);
            }
        }
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

    /** True when the current line is valid UTF-8 (else it is decoded as windows-1252). */
    boolean lineIsUtf8() {
        return viewUtf8;
    }

    /** The current line decoded. */
    String lineText() {
        return new String(viewBuf, viewOff, viewLen, viewUtf8 ? java.nio.charset.StandardCharsets.UTF_8
                : Decoding.FALLBACK);
    }

    /** True when the current line holds only spaces, tabs and carriage returns. */
    boolean lineIsBlank() {
        for (int i = viewOff; i < viewOff + viewLen; i++) {
            byte c = viewBuf[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
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

    /** Number of the last line returned by {@link #readLine()} (1-based; 0 before the first). */
    long lineNumber() {
        return lineNumber;
    }

    /** Lines that were not valid UTF-8 and were decoded as windows-1252. */
    long fallbackLines() {
        return fallbackLines;
    }

    /** The first such line, or 0. */
    long firstFallbackLine() {
        return firstFallbackLine;
    }

    /** Remembers the numbers of lines decoded as windows-1252 for {@link #fallbackIn}. */
    void trackFallbackLines() {
        trackFallbackLines = true;
    }

    /**
     * True when a line in {@code [from, to]} was decoded as windows-1252 (needs {@link #trackFallbackLines()}).
     * Forgets such lines before {@code from}: call with increasing ranges.
     */
    boolean fallbackIn(long from, long to) {
        while (!pendingFallbackLines.isEmpty() && pendingFallbackLines.peekFirst() < from) {
            pendingFallbackLines.pollFirst();
        }
        return !pendingFallbackLines.isEmpty() && pendingFallbackLines.peekFirst() <= to;
    }

    /** Skips {@code n} lines (used to resume reading after a malformed record). */
    void skipLines(long n) throws IOException {
        for (long i = 0; i < n; i++) {
            if (readLine() == null) {
                return;
            }
        }
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
                out = Arrays.copyOf(out, Math.max(out.length * 2, n + avail));
            }
            System.arraycopy(buf, pos, out, n, avail);
            n += avail;
            pos = limit;
        }
    }

    /** The rest of the input as characters: line by line, each decoded as in {@link #readLine()}, joined by {@code \n}. */
    Reader asReader() {
        return new Reader() {
            private String current = "";
            private int at;
            private boolean done;

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                int written = 0;
                while (written < len) {
                    if (at >= current.length()) {
                        if (done) {
                            break;
                        }
                        String l = readLine();
                        if (l == null) {
                            done = true;
                            break;
                        }
                        current = l + "\n";
                        at = 0;
                    }
                    int n = Math.min(len - written, current.length() - at);
                    current.getChars(at, at + n, cbuf, off + written);
                    at += n;
                    written += n;
                }
                return written == 0 ? -1 : written;
            }

            @Override
            public void close() throws IOException {
                ByteInput.this.close();
            }
        };
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
}
