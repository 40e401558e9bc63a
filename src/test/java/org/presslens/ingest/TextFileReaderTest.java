package org.presslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .txt} and {@code .html} files (WholeFileReader). */
class TextFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void plainTextAndHtmlAreReadWhole() {
        Fixtures.write(dir, "in/scrape.txt", "Menu\n\nHeadline here\n\nFirst paragraph.\n");
        Fixtures.write(dir, "in/page.HTM", "<html><body><p>Hi</p></body></html>");
        Fixtures.writeGz(dir, "in/zipped.txt.gz", "Zipped text.");
        List<InputItem> items = Fixtures.read(dir.resolve("in"));
        assertEquals(List.of(
                new RawDocument("in/page.HTM", "", "page", TextKind.HTML, "<html><body><p>Hi</p></body></html>",
                        Map.of()),
                new RawDocument("in/scrape.txt", "", "scrape", TextKind.PLAIN,
                        "Menu\n\nHeadline here\n\nFirst paragraph.\n", Map.of()),
                new RawDocument("in/zipped.txt.gz", "", "zipped", TextKind.PLAIN, "Zipped text.", Map.of())), items);
    }

    @Test
    void sameFileNameInTwoFoldersIsMadeUniqueWithItsPath() {
        Fixtures.write(dir, "c/a/x.txt", "One.");
        Fixtures.write(dir, "c/b/x.html", "<p>Two.</p>");
        Fixtures.write(dir, "c/y.txt", "Three.");
        List<String> ids = Fixtures.read(dir.resolve("c")).stream().map(i -> ((RawDocument) i).id()).toList();
        assertEquals(List.of("a/x", "b/x", "y"), ids);
    }

    @Test
    void windows1252TextIsDecodedAndMarked() {
        Path f = Fixtures.writeBytes(dir, "old.txt", "Caf\u00e9 \u201cquoted\u201d".getBytes(Decoding.FALLBACK));
        assertEquals(List.of(new RawDocument("old.txt", "", "old", TextKind.PLAIN, "Caf\u00e9 \u201cquoted\u201d",
                Map.of(CorpusReader.ENCODING_FIELD, "windows-1252"))), Fixtures.read(f));
    }

    @Test
    void byteOrderMarkIsDropped() {
        Path f = Fixtures.writeBytes(dir, "bom.txt", "\uFEFFText.".getBytes(StandardCharsets.UTF_8));
        assertEquals("Text.", ((RawDocument) Fixtures.read(f).get(0)).text());
    }

    @Test
    void emptyBlankBinaryAndTooLarge() {
        Fixtures.write(dir, "d/empty.txt", "");
        Fixtures.write(dir, "d/blank.txt", " \n\n\t\n");
        Fixtures.writeBytes(dir, "d/image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Fixtures.writeBytes(dir, "d/noise.html", "\u0001\u0002\u0003\u0004abc".getBytes(StandardCharsets.UTF_8));
        Fixtures.write(dir, "d/huge.txt", "y".repeat(1024 * 1024 + 1));
        IngestConfig oneMb = Fixtures.config(dir, "textFields: [text]\nmaxFileMegabytes: 1");
        assertEquals(List.of(
                new Skip("d/blank.txt", "", "empty file"),
                new Skip("d/empty.txt", "", "empty file"),
                new Skip("d/huge.txt", "", "file too large: more than 1 MiB (ingest.maxFileMegabytes)"),
                new Skip("d/image.txt", "", "binary file, not text"),
                new Skip("d/noise.html", "", "binary file, not text")),
                Fixtures.read(new CorpusReader(oneMb), dir.resolve("d")));
    }
}
