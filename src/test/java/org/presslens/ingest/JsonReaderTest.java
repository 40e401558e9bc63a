package org.presslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.presslens.ingest.Fixtures.doc;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReaderTest {
    @TempDir
    Path dir;

    @Test
    void singleObjectWithoutIdIsNamedAfterTheFile() {
        Path f = Fixtures.write(dir, "story.json",
                "{\"title\": \"Harbour reopens\", \"body\": \"The harbour reopened.\", \"labels\": [\"economic\"]}");
        assertEquals(List.of(doc("story.json", "", "story", "The harbour reopened.",
                Map.of("title", "Harbour reopens", "labels", "economic"))), Fixtures.read(f));
    }

    @Test
    void arrayIsStreamedElementByElement() {
        Path f = Fixtures.write(dir, "batch.json", """
                [
                  {"id": "k1", "text": "First."},
                  {"text": "Second, no id."},
                  42,
                  {"id": "k4", "outlet": "Valley Post"},
                  {"id": "k5", "text": "Fifth.", "tags": [{"a": 1}]}
                ]
                """);
        assertEquals(List.of(
                doc("batch.json", "record 1", "k1", "First.", Map.of()),
                doc("batch.json", "record 2", "batch-2", "Second, no id.", Map.of()),
                new Skip("batch.json", "record 3", "expected a JSON object, found a number"),
                new Skip("batch.json", "record 4", "record has no text (fields tried: text, content, body)"),
                doc("batch.json", "record 5", "k5", "Fifth.", Map.of("tags", "[{\"a\":1}]"))),
                Fixtures.read(f));
    }

    @Test
    void malformedElementCostsOnlyItselfAndABrokenArraySaysWhereItStopped() {
        // the broken element used to end the file ("rest of the file not read"): now it costs only itself
        Path f = Fixtures.write(dir, "broken.json",
                "[{\"text\": \"Fine.\"},\n {\"text\": \"oops\" \"x\": 1},\n{\"text\": \"After.\"}]\n");
        assertEquals(List.of(
                doc("broken.json", "record 1", "broken-1", "Fine.", Map.of()),
                new Skip("broken.json", "record 2", "malformed JSON: Unexpected character ('\"' (code 34)): was "
                        + "expecting comma to separate Object entries (line 2)"),
                doc("broken.json", "record 3", "broken-3", "After.", Map.of())),
                Fixtures.read(f));
        Path g = Fixtures.write(dir, "nocomma.json", "[{\"text\": \"Fine.\"}\n {\"text\": \"Lost.\"}]");
        assertEquals(List.of(
                doc("nocomma.json", "record 1", "nocomma-1", "Fine.", Map.of()),
                new Skip("nocomma.json", "record 2", "malformed JSON: expected ',' or ']' after record 1, found '{' "
                        + "(line 2); rest of the file not read")),
                Fixtures.read(g));
        Path h = Fixtures.write(dir, "cut.json", "[{\"text\": \"Fine.\"},\n{\"text\": \"cut");
        assertEquals(List.of(
                doc("cut.json", "record 1", "cut-1", "Fine.", Map.of()),
                new Skip("cut.json", "record 2", "malformed JSON: Unexpected end-of-input in VALUE_STRING (line 2)")),
                Fixtures.read(h));
        Path k = Fixtures.write(dir, "open.json", "[{\"text\": \"Fine.\"}\n");
        assertEquals(List.of(
                doc("open.json", "record 1", "open-1", "Fine.", Map.of()),
                new Skip("open.json", "record 2", "malformed JSON: unexpected end of input, array not closed")),
                Fixtures.read(k));
    }

    @Test
    void malformedSingleObjectAndNonJson() {
        Path a = Fixtures.write(dir, "a.json", "{\"text\": \"no end\"");
        assertEquals(List.of(new Skip("a.json", "", "malformed JSON: Unexpected end-of-input: expected close marker "
                + "for Object")),
                Fixtures.read(a));
        Path lines = Fixtures.write(dir, "lines.json", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        assertEquals(List.of(new Skip("lines.json", "", "malformed JSON: more content after the end of the first "
                + "value (one object per line? name the file .jsonl)")), Fixtures.read(lines));
        Path b = Fixtures.write(dir, "b.json", "hello");
        assertEquals(List.of(new Skip("b.json", "", "malformed JSON: expected an object or an array, found 'h'")),
                Fixtures.read(b));
    }

    @Test
    void gzippedArrayAndObjectTooLarge() {
        Path gz = Fixtures.writeGz(dir, "g.json.gz", "[{\"id\": \"g\", \"text\": \"Zipped.\"}]");
        assertEquals(List.of(doc("g.json.gz", "record 1", "g", "Zipped.", Map.of())), Fixtures.read(gz));

        IngestConfig oneMb = Fixtures.config(dir, "textFields: [text]\nmaxFileMegabytes: 1");
        Path big = Fixtures.write(dir, "big.json", "{\"text\": \"" + "x".repeat(1024 * 1024) + "\"}");
        assertEquals(List.of(new Skip("big.json", "",
                "file too large: more than 1 MiB (ingest.maxFileMegabytes)")),
                Fixtures.read(new CorpusReader(oneMb), big));
    }
}
