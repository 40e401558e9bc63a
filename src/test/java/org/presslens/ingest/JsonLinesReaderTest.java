package org.presslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.presslens.ingest.Fixtures.doc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    @Test
    void mapsFieldsRendersLabelsAndDefaultsIds() {
        Path f = Fixtures.write(dir, "feed.jsonl", """
                {"id": 17, "source": "Harbour Gazette", "published": "2024-05-02", "link": "https://harbour.example/a", "headline": "Ferry strike", "content": "Ferries stopped.", "author": ["Ann Lee", "Bo Chan"], "frames": ["conflict", "economic"], "meta": {"desk": "city"}, "score": 0.5, "flag": true, "note": null}

                {"title": "No id here", "text": "Second body."}
                """);
        assertEquals(List.of(
                doc("feed.jsonl", "line 1", "17", "Ferries stopped.", Map.of("outlet", "Harbour Gazette",
                        "date", "2024-05-02", "url", "https://harbour.example/a", "title", "Ferry strike",
                        "authors", "Ann Lee;Bo Chan", "frames", "conflict;economic", "meta", "{\"desk\":\"city\"}",
                        "score", "0.5", "flag", "true", "note", "")),
                doc("feed.jsonl", "line 3", "feed-3", "Second body.", Map.of("title", "No id here"))),
                Fixtures.read(f));
    }

    @Test
    void firstConfiguredNameWinsAndTheOthersStayUnderTheirOwnNames() {
        Path f = Fixtures.write(dir, "two.ndjson",
                "{\"source\": \"feed-x\", \"outlet\": \"Valley Post\", \"text\": \"Body.\", \"body\": \"Other.\"}\n");
        RawDocument d = (RawDocument) Fixtures.read(f).get(0);
        assertEquals("Body.", d.text());
        assertEquals(Map.of("outlet", "Valley Post", "source", "feed-x", "body", "Other."), d.fields());
        assertEquals(List.of("outlet", "source", "body"), List.copyOf(d.fields().keySet()));
    }

    @Test
    void badLinesAreSkippedAndReadingGoesOn() {
        Path f = Fixtures.write(dir, "bad.jsonl", """
                {"id": "a", "text": "Good one."}
                {"id": "b", "text": "Cut off
                [1, 2]
                "just a string"
                {"id": "c", "title": "No text"}
                {"id": "d", "text": "   "}
                {"id": "e", "text": "Trailing"} junk
                {"id": "f", "text": "Good two."}
                {"id": "g", "text": "One."} {"id": "h", "text": "Two."}
                """);
        List<InputItem> items = Fixtures.read(f);
        assertEquals(List.of(
                doc("bad.jsonl", "line 1", "a", "Good one.", Map.of()),
                new Skip("bad.jsonl", "line 2", "malformed JSON: Unexpected end-of-input in VALUE_STRING"),
                new Skip("bad.jsonl", "line 3", "expected a JSON object, found an array"),
                new Skip("bad.jsonl", "line 4", "expected a JSON object, found a string"),
                new Skip("bad.jsonl", "line 5", "record has no text (fields tried: text, content, body)"),
                new Skip("bad.jsonl", "line 6", "record has no text (fields tried: text, content, body)"),
                new Skip("bad.jsonl", "line 7", "malformed JSON: Unrecognized token 'junk': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                doc("bad.jsonl", "line 8", "f", "Good two.", Map.of()),
                new Skip("bad.jsonl", "line 9", "malformed JSON: more content after the end of the first value")),
                items);
    }

    @Test
    void repeatedIdsGetASuffix() {
        Path f = Fixtures.write(dir, "dup.jsonl", """
                {"id": "x", "text": "One."}
                {"id": "x", "text": "Two."}
                {"id": "x~2", "text": "Three."}
                {"id": "x", "text": "Four."}
                """);
        assertEquals(List.of("x", "x~2", "x~2~2", "x~3"),
                Fixtures.read(f).stream().map(i -> ((RawDocument) i).id()).toList());
    }

    @Test
    void gzippedLinesAndCorruptionMidStream() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            sb.append("{\"id\": \"n").append(i).append("\", \"text\": \"Item number ").append(i)
                    .append(" with some words to make the stream longer than one buffer.\"}\n");
        }
        Path ok = Fixtures.writeGz(dir, "ok.jsonl.gz", sb.toString());
        List<InputItem> items = Fixtures.read(ok);
        assertEquals(2000, items.size());
        assertEquals(doc("ok.jsonl.gz", "line 2000", "n2000",
                "Item number 2000 with some words to make the stream longer than one buffer.", Map.of()),
                items.get(1999));

        byte[] gz = Fixtures.gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        Path cut = Fixtures.writeBytes(dir, "cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
        List<InputItem> partial = Fixtures.read(cut);
        InputItem last = partial.get(partial.size() - 1);
        long docs = partial.stream().filter(i -> i instanceof RawDocument).count();
        assertEquals(partial.size() - 1, docs);
        assertEquals(new Skip("cut.jsonl.gz", last.record(),
                "corrupt gzip: Unexpected end of ZLIB input stream; reading of the file stopped there"), last);
        assertEquals("line " + docs, last.record());
    }

    @Test
    void notUtf8LineIsDecodedAsWindows1252AndMarked() {
        byte[] good = "{\"id\": \"u\", \"text\": \"caf\u00e9 ok\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\": \"w\", \"text\": \"caf\u00e9 \u2013 old\"}\n".getBytes(Decoding.FALLBACK);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Path f = Fixtures.writeBytes(dir, "mixed.jsonl", all);
        assertEquals(List.of(
                doc("mixed.jsonl", "line 1", "u", "caf\u00e9 ok", Map.of()),
                doc("mixed.jsonl", "line 2", "w", "caf\u00e9 \u2013 old", Map.of("_encoding", "windows-1252"))),
                Fixtures.read(f));
    }

    @Test
    void onlyBlankLinesIsAnEmptyFile() {
        Path f = Fixtures.write(dir, "blank.jsonl", "\n\n   \n");
        assertEquals(List.of(new Skip("blank.jsonl", "", "empty file")), Fixtures.read(f));
    }
}
