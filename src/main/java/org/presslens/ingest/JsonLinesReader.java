package org.presslens.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * {@code .jsonl}/{@code .ndjson}: one JSON object per line, streamed line by line (each line parsed with Jackson's
 * tree API); blank lines are ignored; records {@code "line N"}; ids default to {@code <stem>-<line>}.
 */
final class JsonLinesReader implements FormatReader {

    @Override
    public Cursor open(FileContext file) throws IOException {
        return FormatReader.openChecked(file, LineCursor::new);
    }

    private static final class LineCursor implements Cursor {
        private final FileContext file;
        private final ByteInput in;
        private boolean any;

        LineCursor(FileContext file, ByteInput in) {
            this.file = file;
            this.in = in;
        }

        @Override
        public Produced next() throws IOException {
            while (true) {
                if (!in.nextLine()) {
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
                String record = "line " + n;
                boolean utf8 = in.lineIsUtf8();
                JsonNode node;
                try {
                    // valid UTF-8 goes to Jackson's byte parser directly; other lines are decoded first
                    node = utf8 ? file.json().readTree(in.lineBytes(), in.lineOffset(), in.lineLength())
                            : file.json().readTree(in.lineText());
                } catch (JsonProcessingException e) {
                    return new Produced.Bad(record, "malformed JSON: " + message(e));
                }
                return toDoc(file, node, record, file.stem() + "-" + n, !utf8);
            }
        }

        @Override
        public long position() {
            return in.lineNumber();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A parsed JSON value as a document, or the reason it is not one. */
    static Produced toDoc(FileContext file, JsonNode node, String record, String defaultId,
                          boolean fallback) {
        if (node == null || !node.isObject()) {
            return new Produced.Bad(record, "expected a JSON object, found " + describe(node));
        }
        RecordMapper.Mapped m = file.mapper().map(node);
        if (m.text().isBlank()) {
            return new Produced.Bad(record, "record has no text (fields tried: "
                    + String.join(", ", file.mapper().textNames()) + ")");
        }
        return new Produced.Doc(record, m.id(), defaultId, TextKind.PLAIN, m.text(), m.fields(), fallback);
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

    static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The parser's message without Jackson's source-location suffix, on one line. */
    static String message(JsonProcessingException e) {
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
