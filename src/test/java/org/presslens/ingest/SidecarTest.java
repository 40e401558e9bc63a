package org.presslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.presslens.ingest.Fixtures.doc;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {
    @TempDir
    Path dir;

    @Test
    void sidecarFillsInFieldsAndRecordFieldsWin() {
        Fixtures.write(dir, "corpus/_metadata.csv", """
                file,source,date,framing,reliability
                a.txt,Harbour Gazette,2024-03-01,conflict,high
                sub/b.jsonl,Valley Post,2024-03-02,economic,mixed
                missing.txt,Nowhere,2024-03-03,moral,low
                """);
        Fixtures.write(dir, "corpus/a.txt", "Body of a.");
        Fixtures.write(dir, "corpus/sub/b.jsonl", """
                {"id": "b1", "outlet": "Own Outlet", "text": "Body of b1.", "framing": ""}
                {"id": "b2", "text": "Body of b2."}
                """);
        Fixtures.write(dir, "corpus/c.txt", "Body of c.");
        assertEquals(List.of(
                doc("corpus/a.txt", "", "a", "Body of a.", Map.of("outlet", "Harbour Gazette", "date", "2024-03-01",
                        "framing", "conflict", "reliability", "high")),
                doc("corpus/c.txt", "", "c", "Body of c.", Map.of()),
                doc("corpus/sub/b.jsonl", "line 1", "b1", "Body of b1.", Map.of("outlet", "Own Outlet",
                        "framing", "economic", "date", "2024-03-02", "reliability", "mixed")),
                doc("corpus/sub/b.jsonl", "line 2", "b2", "Body of b2.", Map.of("outlet", "Valley Post",
                        "date", "2024-03-02", "framing", "economic", "reliability", "mixed"))),
                Fixtures.read(dir.resolve("corpus")));
    }

    @Test
    void sidecarGivenExplicitlyAndItsBadRows() {
        Fixtures.write(dir, "texts/one.txt", "One.");
        Fixtures.write(dir, "texts/two.txt", "Two.");
        Path side = Fixtures.write(dir, "labels.csv", """
                file,id,framing
                texts/one.txt,story-1,moral
                texts/two.txt,short
                ,story-3,economic
                """);
        CorpusReader reader = new CorpusReader(IngestConfig.defaults().withMetadataFiles(List.of(side)));
        assertEquals(List.of(
                new Skip(side.toString(), "line 3", "metadata sidecar: expected 3 fields, found 2"),
                new Skip(side.toString(), "line 4", "metadata sidecar: empty 'file' value"),
                doc("texts/one.txt", "", "story-1", "One.", Map.of("framing", "moral")),
                doc("texts/two.txt", "", "two", "Two.", Map.of())),
                Fixtures.read(reader, dir.resolve("texts")));
    }

    @Test
    void sidecarWithoutFileColumnIsReported() {
        Fixtures.write(dir, "x/_metadata.csv", "name,framing\na.txt,moral\n");
        Fixtures.write(dir, "x/a.txt", "A.");
        assertEquals(List.of(
                new Skip("x/_metadata.csv", "", "metadata sidecar has no 'file' column; found [name, framing]"),
                doc("x/a.txt", "", "a", "A.", Map.of())),
                Fixtures.read(dir.resolve("x")));
    }
}
