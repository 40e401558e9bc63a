package org.presslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of deliberately broken inputs: every one becomes an exact skip row and reading goes on. */
class BrokenInputsTest {
    @TempDir
    Path dir;

    @Test
    void everyBrokenInputIsAccountedForAndGoodOnesAreRead() throws IOException {
        Path in = dir.resolve("broken");
        Fixtures.write(in, "01-good.txt", "A good article.\n");
        Fixtures.write(in, "02-empty.txt", "");
        Fixtures.writeBytes(in, "03-binary.html", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2});
        Fixtures.writeBytes(in, "04-latin.txt", "Se\u00f1or Mu\u00f1oz said \u00abno\u00bb.".getBytes(Decoding.FALLBACK));
        Fixtures.write(in, "05-lines.jsonl", """
                {"id": "ok-1", "text": "Fine."}
                {"id": "bad", "text": }
                ["not", "an", "object"]
                {"id": "no-text", "title": "Only a title"}
                """);
        Fixtures.write(in, "06-rows.csv", "id,title,text\nr1,T,Body one.\nr2,T\nr3,T,Body three.\n");
        Fixtures.write(in, "07-notext.csv", "id,headline\n1,Only headlines\n");
        Files.createSymbolicLink(in.resolve("08-dangling.txt"), in.resolve("does-not-exist.txt"));
        Fixtures.write(in, "09-notgzip.jsonl.gz", "{\"text\": \"plain, not gzipped\"}\n");
        byte[] gz = Fixtures.gzip("{\"text\": \"Lost in the middle of a long line of text\"}\n".repeat(50)
                .getBytes(StandardCharsets.UTF_8));
        Fixtures.writeBytes(in, "10-truncated.txt.gz", Arrays.copyOf(gz, 20));
        Fixtures.write(in, "11-big.html", "<p>" + "x".repeat(1024 * 1024) + "</p>");
        Fixtures.write(in, "12-slides.pptx", "x");
        Fixtures.write(in, "13-array.json", "[{\"text\": \"In an array.\"}, \"stray\"]");
        IngestConfig oneMb = Fixtures.config(dir, "textFields: [text]\nmaxFileMegabytes: 1");

        List<String> rows = Fixtures.read(new CorpusReader(oneMb), in).stream().map(BrokenInputsTest::row).toList();

        assertEquals(List.of(
                "DOC  broken/01-good.txt || 01-good",
                "SKIP broken/02-empty.txt || empty file",
                "SKIP broken/03-binary.html || binary file, not text",
                "DOC  broken/04-latin.txt || 04-latin {_encoding=windows-1252}",
                "DOC  broken/05-lines.jsonl | line 1 | ok-1",
                "SKIP broken/05-lines.jsonl | line 2 | malformed JSON: Unexpected character ('}' (code 125)): "
                        + "expected a value",
                "SKIP broken/05-lines.jsonl | line 3 | expected a JSON object, found an array",
                "SKIP broken/05-lines.jsonl | line 4 | record has no text (fields tried: text)",
                "DOC  broken/06-rows.csv | line 2 | r1 {title=T}",
                "SKIP broken/06-rows.csv | line 3 | expected 3 fields, found 2",
                "DOC  broken/06-rows.csv | line 4 | r3 {title=T}",
                "SKIP broken/07-notext.csv || no text column: expected one of [text]; found [id, headline]",
                "SKIP broken/08-dangling.txt || cannot read: file not found (a broken link?)",
                "SKIP broken/09-notgzip.jsonl.gz || corrupt gzip: Not in GZIP format",
                "SKIP broken/10-truncated.txt.gz || corrupt gzip: Unexpected end of ZLIB input stream",
                "SKIP broken/11-big.html || file too large: more than 1 MiB (ingest.maxFileMegabytes)",
                "SKIP broken/12-slides.pptx || unsupported file type '.pptx'",
                "DOC  broken/13-array.json | record 1 | 13-array-1",
                "SKIP broken/13-array.json | record 2 | expected a JSON object, found a string"),
                rows);
    }

    private static String row(InputItem i) {
        if (i instanceof RawDocument d) {
            return "DOC  " + d.source() + " |" + (d.record().isEmpty() ? "" : " " + d.record() + " ") + "| " + d.id()
                    + (d.fields().isEmpty() ? "" : " " + d.fields());
        }
        Skip s = (Skip) i;
        return "SKIP " + s.source() + " |" + (s.record().isEmpty() ? "" : " " + s.record() + " ") + "| " + s.reason();
    }
}
