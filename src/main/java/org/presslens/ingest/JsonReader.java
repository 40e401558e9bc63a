package org.presslens.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;

/**
 * {@code .json}: one article object (read whole, under the size limit; record is empty) or an array of objects
 * (records {@code "record N"}, 1-based). An array is framed element by element at the byte level (strings, escapes,
 * nesting), and each element is parsed on its own, so memory stays bounded and a broken element costs only itself:
 * an element above {@link IngestConfig#maxRecordBytes()} is skipped without being held in memory, one nested deeper
 * than {@link JsonLimits#MAX_DEPTH} levels or that does not parse is skipped with the reason, and reading goes on.
 * Only a break in the array itself (no {@code ,} or {@code ]} after an element, the file ending inside it) ends the
 * file, with a skip row saying where. An empty array is a skip row too.
 */
final class JsonReader implements FormatReader {

    @Override
    public Cursor open(FileContext file) throws IOException {
        return FormatReader.openChecked(file, false, JsonReader::openJson);
    }

    private static Cursor openJson(FileContext file, ByteInput in) throws IOException {
        int first = firstNonSpace(in);
        if (first == '{') {
            return FormatReader.single(readObject(file, in));
        }
        if (first == '[') {
            return new ArrayCursor(file, in);
        }
        Decoding.Verdict v = in.sniff();
        in.close();
        if (v != Decoding.Verdict.TEXT) {
            return FormatReader.single(new Produced.Bad("", v.reason(true)));
        }
        String found = first < 0 ? "only whitespace" : shown(first);
        return FormatReader.single(new Produced.Bad("", "malformed JSON: expected an object or an array, found "
                + found));
    }

    private static Produced readObject(FileContext file, ByteInput in) throws IOException {
        try (in) {
            byte[] bytes = in.readAll(file.config().maxFileBytes());
            Decoding.Profile p = Decoding.profile(bytes, 0, bytes.length, false);
            if (!p.isText()) {
                return new Produced.Bad("", p.verdict().reason(true));
            }
            JsonNode node;
            try {
                node = p.utf8() ? file.json().readTree(bytes)
                        : file.json().readTree(Decoding.decode(bytes, 0, bytes.length, false));
            } catch (JsonProcessingException e) {
                String msg = JsonLinesReader.message(e);
                if (msg.startsWith("more content after")) {
                    msg += " (one object per line? name the file .jsonl)";
                }
                return new Produced.Bad("", "malformed JSON: " + msg);
            }
            return JsonLinesReader.toDoc(file, node, "", file.wholeId(), in.encodingOf(p.utf8()), p.controls());
        }
    }

    private static int firstNonSpace(ByteInput in) throws IOException {
        int n = in.fill(Decoding.SNIFF_BYTES);
        byte[] b = in.peekBuffer();
        int off = in.peekOffset();
        for (int i = 0; i < n; i++) {
            int c = b[off + i] & 0xFF;
            if (!isSpace(c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A byte for a message: {@code 'x'} when printable ASCII, else {@code byte 0x1F}. */
    private static String shown(int c) {
        return c > 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format(java.util.Locale.ROOT, "byte 0x%02X", c);
    }

    /** The elements of a top-level array, framed one by one. */
    private static final class ArrayCursor implements Cursor {
        private final FileContext file;
        private final ByteInput in;
        private final int max;
        private byte[] buf = new byte[1024];
        private int len;
        private long size;
        private long line = 1;
        private int index;
        private boolean done;

        ArrayCursor(FileContext file, ByteInput in) throws IOException {
            this.file = file;
            this.in = in;
            this.max = file.config().maxRecordBytes();
            skipSpace(); // the '[' seen by firstNonSpace
        }

        @Override
        public Produced next() throws IOException {
            if (done) {
                return null;
            }
            int c = skipSpace();
            if (index == 0 && c == ']') {
                done = true;
                String after = trailing();
                return new Produced.Bad("", "empty JSON array" + (after == null ? "" : "; " + after));
            }
            if (index > 0) {
                if (c == ']') {
                    done = true;
                    String after = trailing();
                    return after == null ? null : new Produced.Bad("", "malformed JSON: " + after);
                }
                if (c != ',') {
                    done = true;
                    return new Produced.Bad("record " + (index + 1), c < 0
                            ? "malformed JSON: unexpected end of input, array not closed"
                            : "malformed JSON: expected ',' or ']' after record " + index + ", found " + shown(c)
                            + " (line " + line + "); rest of the file not read");
                }
                c = skipSpace();
            }
            if (c < 0 || c == ']' || c == ',') {
                done = true;
                return new Produced.Bad("record " + (index + 1), c < 0
                        ? "malformed JSON: unexpected end of input, array not closed"
                        : "malformed JSON: expected a value, found " + shown(c) + " (line " + line
                        + "); rest of the file not read");
            }
            return element(c);
        }

        /** Frames the element starting with byte {@code c} and makes it a document or a skip. */
        private Produced element(int c) throws IOException {
            index++;
            String record = "record " + index;
            long startLine = line;
            len = 0;
            size = 0;
            keep(c);
            boolean complete;
            boolean tooDeep = false;
            if (c == '"') {
                complete = string();
            } else if (c == '{' || c == '[') {
                complete = false;
                int depth = 1;
                int b;
                while ((b = in.read()) >= 0) {
                    keep(b);
                    if (b == '"') {
                        if (!string()) {
                            break;
                        }
                    } else if (b == '{' || b == '[') {
                        // depth counts from the element; the top-level array is one level more
                        if (++depth + 1 > JsonLimits.MAX_DEPTH) {
                            tooDeep = true;
                        }
                    } else if (b == '}' || b == ']') {
                        if (--depth == 0) {
                            complete = true;
                            break;
                        }
                    } else if (b == '\n' || b == '\r') {
                        lineBreak(b);
                    }
                }
            } else {
                complete = true;
                int b;
                while ((b = in.read()) >= 0) {
                    if (b == ',' || b == ']' || b == '}' || isSpace(b)) {
                        in.unread();
                        break;
                    }
                    keep(b);
                }
            }
            if (!complete) {
                done = true;
            }
            String unfinished = complete ? "" : "; the file ends inside it";
            if (size > max) {
                return new Produced.Bad(record, "record too large: more than " + file.config().maxRecordMegabytes()
                        + " MiB (ingest.maxRecordMegabytes)" + unfinished);
            }
            if (tooDeep) {
                return new Produced.Bad(record, "malformed JSON: nesting deeper than " + JsonLimits.MAX_DEPTH
                        + " levels (line " + startLine + ")" + unfinished);
            }
            Decoding.Profile p = Decoding.profile(buf, 0, len, false);
            if (!p.isText()) {
                return new Produced.Bad(record, p.verdict().reason(false));
            }
            JsonNode node;
            try {
                node = p.utf8() ? file.json().readTree(buf, 0, len)
                        : file.json().readTree(Decoding.decode(buf, 0, len, false));
            } catch (JsonProcessingException e) {
                long at = e.getLocation() == null ? startLine : startLine + e.getLocation().getLineNr() - 1;
                return new Produced.Bad(record, "malformed JSON: " + JsonLinesReader.message(e) + " (line " + at + ")");
            }
            if (!complete) { // cannot happen for a string or container cut short, which Jackson rejects
                return new Produced.Bad(record, "malformed JSON: unexpected end of input (line " + line + ")");
            }
            return JsonLinesReader.toDoc(file, node, record, file.stem() + "-" + index, in.encodingOf(p.utf8()),
                    p.controls());
        }

        /** Reads the rest of a string whose opening quote was kept; false when the input ends inside it. */
        private boolean string() throws IOException {
            int b;
            while ((b = in.read()) >= 0) {
                keep(b);
                if (b == '\\') {
                    b = in.read();
                    if (b < 0) {
                        return false;
                    }
                    keep(b);
                }
                if (b == '"') {
                    return true;
                }
                if (b == '\n' || b == '\r') {
                    lineBreak(b);
                }
            }
            return false;
        }

        /** Counts a line break ({@code \r\n} once) inside an element. */
        private void lineBreak(int b) throws IOException {
            line++;
            if (b == '\r' && in.consumeLf()) {
                keep('\n');
            }
        }

        /** Keeps a byte of the current element, as long as the element is within the size limit. */
        private void keep(int b) {
            if (++size > max) {
                return;
            }
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[len++] = (byte) b;
        }

        /** Skips JSON white space, counting lines; returns the next byte or -1. */
        private int skipSpace() throws IOException {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    line++;
                } else if (b == '\r') {
                    line++;
                    in.consumeLf();
                } else if (b != ' ' && b != '\t') {
                    return b;
                }
            }
            return -1;
        }

        /** What follows the closing bracket when it is more than white space ({@code "more content ..."}), or null. */
        private String trailing() throws IOException {
            int c = skipSpace();
            return c < 0 ? null : "more content after the closing ']' (line " + line + "), not read";
        }

        @Override
        public long position() {
            return line;
        }

        @Override
        public long heldBytes() {
            return in.heldBytes() + buf.length;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
