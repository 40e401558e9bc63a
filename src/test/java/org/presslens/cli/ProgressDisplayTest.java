package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.Settings;
import org.presslens.ingest.CorpusReader;
import org.presslens.ingest.IngestConfig;
import org.presslens.ingest.InputItem;
import org.presslens.ingest.InputRoot;
import org.presslens.ingest.ReadProgress;

class ProgressDisplayTest {
    @TempDir
    Path tmp;

    @Test
    void plainLinesGoOnWhileTheOutputWaitsAndNameTheRecord() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0,
                new ReadProgress());
        d.progress(3, 2, 1);
        d.waiting("in/big.txt", 41.6);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("progress: 3 items (2 analysed, 1 skipped) in "), lines.get(0));
        assertTrue(lines.get(1).startsWith("progress: 3 items (2 analysed, 1 skipped) in "), lines.get(1));
        assertTrue(lines.get(1).endsWith("; waiting for in/big.txt (analysed for 42 s)"), lines.get(1));
    }

    @Test
    void aSingleFileShowsTheShareOfItsBytesRead() throws IOException {
        Path jsonl = tmp.resolve("corpus.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("{\"id\": \"a").append(i).append("\", \"text\": \"").append("word ".repeat(40)).append("\"}\n");
        }
        Files.writeString(jsonl, sb);
        ReadProgress read = new ReadProgress();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0, read);
        CorpusReader reader = new CorpusReader(IngestConfig.from(Settings.builtIn()));
        try (Stream<InputItem> items = reader.read(List.of(new InputRoot(jsonl, jsonl.toString())), read)) {
            Iterator<InputItem> it = items.iterator();
            it.next();
            d.progress(1, 1, 0);
            while (it.hasNext()) {
                it.next();
            }
            d.progress(2000, 2000, 0);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        String kb = ProgressDisplay.size(Files.size(jsonl));
        // buffered reading runs ahead of the records: somewhere below 100 % after the first, 100 % at the end
        assertTrue(lines.get(0).matches("progress: (\\d|\\d\\d) % of " + kb + " read, 1 items .*"), lines.get(0));
        assertTrue(lines.get(1).startsWith("progress: 100 % of " + kb + " read, 2000 items (2000 analysed, 0 skipped)"),
                lines.get(1));
        assertEquals(Files.size(jsonl), read.bytesRead());
        assertEquals(Files.size(jsonl), read.totalBytes());
        assertEquals("812 KB", ProgressDisplay.size(812 * 1024));

        // files skipped whole (binary, empty, malformed) still count as read once done with: 100 % at the end
        Path folder = Files.createDirectories(tmp.resolve("mixed"));
        byte[] binary = new byte[50_000];
        new java.util.Random(1).nextBytes(binary);
        Files.write(folder.resolve("a-binary.txt"), binary);
        Files.writeString(folder.resolve("b-empty.jsonl"), "");
        Files.writeString(folder.resolve("c-broken.json"), "{\"text\": ");
        Files.writeString(folder.resolve("d-ok.txt"), "A short article about the council. ".repeat(30));
        Files.writeString(folder.resolve("e-too-large.txt"), "word ".repeat(300_000)); // 1.4 MiB, refused at open
        CorpusReader capped = new CorpusReader(IngestConfig.from(org.presslens.testing.ConfigFiles.settings(tmp,
                "ingest:\n  maxFileMegabytes: 1\n")));
        ReadProgress mixed = new ReadProgress();
        try (Stream<InputItem> items = capped.read(List.of(new InputRoot(folder, "mixed")), mixed)) {
            assertEquals(5, items.count(), "four skips and one article");
        }
        assertTrue(mixed.totalBytes() > 1_500_000, "total " + mixed.totalBytes());
        assertEquals(mixed.totalBytes(), mixed.bytesRead());
        assertEquals("1.5 MB", ProgressDisplay.size(3 << 19));
    }
}
