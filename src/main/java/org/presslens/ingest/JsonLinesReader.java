package org.presslens.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * {@code .jsonl}/{@code .ndjson}: one JSON object per line ({@code \n}, {@code \r\n} or a lone {@code \r}),
 * streamed line by line (each line parsed with Jackson's tree API); blank lines are ignored; records
 * {@code "line N"}; ids default to {@code <stem>-<line>}. A line longer than {@link IngestConfig#maxRecordBytes()}
 * is skipped without being held in memory. Each line gets the binary test on its own: runs of binary lines are one
 * skip row, and a file whose every line is binary is one {@code "binary file, not text"} row. When the first
 * {@link Decoding#SNIFF_BYTES} bytes look binary as a whole, every line that gives no document is counted into that
 * run until one does (random bytes split into short "lines" that pass the test on their own).
 */
final class JsonLinesReader implements FormatReader {

    @Override
    public Cursor open(FileContext file) throws IOException {
        if (file.range() != null && !file.range().first()) {
            // a later range of a split file: its start checks were made on the file's first range
            ByteInput in = file.open();
            try {
                return new LineCursor(file, in);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }
        return FormatReader.openChecked(file, false, LineCursor::new);
    }

    private static final class LineCursor implements Cursor {
        private final FileContext file;
        private final ByteInput in;
        private final int max;
        private final BinaryRun binary = new BinaryRun();
        private Produced held;
        private boolean any;
        private boolean suspect;

        LineCursor(FileContext file, ByteInput in) throws IOException {
            this.file = file;
            this.in = in;
            this.max = file.config().maxRecordBytes();
            if (file.range() != null && !file.range().first()) {
                // the planner splits a file only where the file starts as text and the line before is text
                this.suspect = false;
                this.any = true;
                binary.text();
                return;
            }
            Decoding.Verdict start = in.sniff();
            this.suspect = start != Decoding.Verdict.TEXT;
            binary.fileVerdict(start);
        }

        @Override
        public Produced next() throws IOException {
            if (held != null) {
                Produced p = held;
                held = null;
                return p;
            }
            while (true) {
                if (!in.nextLine(max)) {
                    if (binary.pending()) {
                        any = true;
                        return binary.take(true);
                    }
                    if (!any) {
                        any = true;
                        return new Produced.Bad("", "empty file");
                    }
                    return null;
                }
                if (in.lineIsBlank()) {
                    continue;
                }
                any = true;
                long n = in.lineNumber();
                Produced p = line(n);
                if (p == null) {
                    continue;
                }
                if (suspect && p instanceof Produced.Bad) {
                    binary.add(n, n, Decoding.Verdict.BINARY);
                    continue;
                }
                suspect = false;
                binary.text();
                if (binary.pending()) {
                    held = p;
                    return binary.take(false);
                }
                return p;
            }
        }

        /** The record of line {@code n}, or null when it is binary (added to the current run). */
        private Produced line(long n) throws IOException {
            String record = "line " + n;
            if (in.lineTooLong()) {
                return new Produced.Bad(record, "record too large: line longer than "
                        + file.config().maxRecordMegabytes() + " MiB (ingest.maxRecordMegabytes)");
            }
            Decoding.Profile profile = Decoding.profile(in.lineBytes(), in.lineOffset(), in.lineLength(), false);
            if (!profile.isText()) {
                binary.add(n, n, profile.verdict());
                return null;
            }
            boolean utf8 = profile.utf8();
            JsonNode node;
            try {
                // valid UTF-8 goes to Jackson's byte parser directly; other lines are decoded first
                node = utf8 ? file.json().readTree(in.lineBytes(), in.lineOffset(), in.lineLength())
                        : file.json().readTree(Decoding.decode(in.lineBytes(), in.lineOffset(), in.lineLength(),
                        false));
            } catch (JsonProcessingException e) {
                return new Produced.Bad(record, "malformed JSON: " + message(e));
            }
            return toDoc(file, node, record, file.stem() + "-" + n, in.encodingOf(utf8), profile.controls());
        }

        @Override
        public long position() {
            return in.lineNumber();
        }

        @Override
        public long heldBytes() {
            return in.heldBytes();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A parsed JSON value as a document, or the reason it is not one. */
    static Produced toDoc(FileContext file, JsonNode node, String record, String defaultId,
                          String encoding, boolean controls) {
        if (node == null || !node.isObject()) {
            return new Produced.Bad(record, "expected a JSON object, found " + describe(node));
        }
        RecordMapper.Mapped m = file.mapper().map(node);
        if (m.text().isBlank()) {
            return new Produced.Bad(record, "record has no text (fields tried: "
                    + String.join(", ", file.mapper().textNames()) + ")");
        }
        return new Produced.Doc(record, m.id(), defaultId, TextKind.PLAIN, m.text(), m.fields(), encoding,
                controls);
    }

    /** "an array", "a string", ... for messages. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The parser's message without Jackson's source-location suffix, on one line; a broken limit in plain words. */
    static String message(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return JsonLimits.describe((StreamConstraintsException) e);
        }
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        if (m.startsWith("Trailing token")) {
            return "more content after the end of the first value";
        }
        int nl = m.indexOf('\n');
        m = nl >= 0 ? m.substring(0, nl) : m;
        return m.replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "").strip();
    }
}
