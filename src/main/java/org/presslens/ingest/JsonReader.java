package org.presslens.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * {@code .json}: one article object (read whole, under the size limit; record is empty) or an array of objects
 * (streamed element by element with Jackson's parser; records {@code "record N"}, 1-based). A malformed array ends
 * the file with one skip at the element where parsing failed.
 */
final class JsonReader implements FormatReader {

    @Override
    public Cursor open(FileContext file) throws IOException {
        return FormatReader.openChecked(file, JsonReader::openJson);
    }

    private static Cursor openJson(FileContext file, ByteInput in) throws IOException {
        int first = firstNonSpace(in);
        if (first == '{') {
            return FormatReader.single(readObject(file, in));
        }
        if (first == '[') {
            return new ArrayCursor(file, in);
        }
        in.close();
        String found = first < 0 ? "only whitespace" : "'" + (char) first + "'";
        return FormatReader.single(new Produced.Bad("", "malformed JSON: expected an object or an array, found "
                + found));
    }

    private static Produced readObject(FileContext file, ByteInput in) throws IOException {
        try (in) {
            byte[] bytes = in.readAll(file.config().maxFileBytes());
            boolean utf8 = Decoding.isUtf8(bytes, 0, bytes.length);
            JsonNode node;
            try {
                node = file.json().readTree(Decoding.decode(bytes, 0, bytes.length));
            } catch (JsonProcessingException e) {
                String msg = JsonLinesReader.message(e);
                if (msg.startsWith("more content after")) {
                    msg += " (one object per line? name the file .jsonl)";
                }
                return new Produced.Bad("", "malformed JSON: " + msg);
            }
            return JsonLinesReader.toDoc(file, node, "", file.wholeId(), !utf8);
        }
    }

    private static int firstNonSpace(ByteInput in) throws IOException {
        int n = in.fill(Decoding.SNIFF_BYTES);
        byte[] b = in.peekBuffer();
        int off = in.peekOffset();
        for (int i = 0; i < n; i++) {
            int c = b[off + i] & 0xFF;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return -1;
    }

    private static final class ArrayCursor implements Cursor {
        private final FileContext file;
        private final ByteInput in;
        private final JsonParser parser;
        private final com.fasterxml.jackson.databind.ObjectReader elements;
        private int index;
        private boolean done;

        ArrayCursor(FileContext file, ByteInput in) throws IOException {
            this.file = file;
            this.in = in;
            in.trackFallbackLines();
            this.parser = file.json().createParser(in.asReader());
            this.elements = file.json().readerFor(JsonNode.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            parser.nextToken(); // START_ARRAY
        }

        @Override
        public Produced next() throws IOException {
            if (done) {
                return null;
            }
            index++;
            String record = "record " + index;
            try {
                JsonToken t = parser.nextToken();
                if (t == null || t == JsonToken.END_ARRAY) {
                    done = true;
                    if (t == null) {
                        return new Produced.Bad(record, "malformed JSON: unexpected end of input, array not closed");
                    }
                    return null;
                }
                long startLine = parser.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    String kind = JsonLinesReader.describe(t);
                    parser.skipChildren();
                    return new Produced.Bad(record, "expected a JSON object, found " + kind);
                }
                JsonNode node = elements.readTree(parser);
                long endLine = parser.currentLocation().getLineNr();
                return JsonLinesReader.toDoc(file, node, record, file.stem() + "-" + index,
                        in.fallbackIn(startLine, endLine));
            } catch (JsonProcessingException e) {
                done = true;
                return new Produced.Bad(record, "malformed JSON: " + JsonLinesReader.message(e)
                        + " (line " + e.getLocation().getLineNr() + "); rest of the file not read");
            }
        }

        @Override
        public long position() {
            return parser.currentLocation().getLineNr();
        }

        @Override
        public void close() throws IOException {
            try {
                parser.close();
            } finally {
                in.close();
            }
        }
    }
}
