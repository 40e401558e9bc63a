package org.presslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a plan's slices one by one and putting them back in order gives exactly the whole read, gzip included. */
class SliceReadTest {
    @TempDir
    Path dir;

    @Test
    void slicesInOrderGiveTheWholeRead() throws IOException {
        Path in = Files.createDirectories(dir.resolve("corpus"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            String body = "Record " + i + " says that the minister announced a plan, officials said on Monday.";
            if (i % 37 == 0) {
                jsonl.append("{not json\n");
            } else if (i % 41 == 0) {
                jsonl.append("\r\n");
            } else if (i % 53 == 0) {
                jsonl.append("{\"id\": \"same\", \"text\": \"").append(body).append("\"}\r\n");
            } else {
                jsonl.append("{\"text\": \"").append(body).append("\", \"outlet\": \"o").append(i % 3).append("\"}\n");
            }
        }
        Files.writeString(in.resolve("b.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
        // the same records gzipped: cut in its inflated bytes, into at most 4 ranges
        try (java.io.OutputStream gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(in.resolve("b2.jsonl.gz")))) {
            gz.write(jsonl.toString().getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("a.txt"), "A text file with words enough to be read as one document.\n");
        Files.writeString(in.resolve("c.csv"), "id,text\nsame,a csv row\n,\n");
        Files.writeString(in.resolve(".hidden"), "x");
        Files.writeString(in.resolve("d.bin"), "x");
        // a cap of 3 skip rows per file: the JSONL file's skips run over it across its ranges
        CorpusReader reader = new CorpusReader(Fixtures.config(dir, "maxSkipRowsPerFile: 3"));
        List<InputRoot> roots = List.of(InputRoot.of(in));

        List<InputItem> whole;
        try (Stream<InputItem> s = reader.read(roots)) {
            whole = s.toList();
        }
        List<Slice> plan = reader.plan(roots, 2_000, 4);
        assertTrue(plan.stream().filter(Slice::isRange).count() >= 5, "the JSONL file is cut: " + plan);
        int gzEntry = plan.stream().filter(Slice::isRange).mapToInt(Slice::fromEntry).max().orElseThrow();
        long gzRanges = plan.stream().filter(sl -> sl.isRange() && sl.fromEntry() == gzEntry).count();
        assertEquals(4, gzRanges, "the gzipped copy is cut into at most 4 ranges: " + plan);
        RecordSequencer sequencer = new RecordSequencer(reader.config());
        List<InputItem> sliced = new ArrayList<>();
        for (Slice slice : plan) {
            try (Stream<SliceItem> s = reader.readSlice(roots, slice)) {
                s.forEach(item -> sequencer.accept(item, sliced::add));
            }
        }
        assertEquals(whole, sliced);
        assertTrue(whole.stream().anyMatch(i -> i instanceof Skip s && s.reason().startsWith("skip rows capped")));
        assertTrue(whole.stream().anyMatch(i -> i instanceof RawDocument d && d.id().equals("same~2")));
    }
}
