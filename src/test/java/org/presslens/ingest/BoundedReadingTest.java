package org.presslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record 16 times the record limit is read through without being held: the readers' buffers stay near the limit
 * (a reader that buffered the record would hold 16 MiB or more), and the record after it is still read.
 */
class BoundedReadingTest {
    private static final int MIB = 1024 * 1024;
    /** What the buffers may hold with a 1 MiB limit: the record buffers, the 64 KiB read buffer and some slack. */
    private static final long BOUND = 3L * MIB;

    @TempDir
    Path dir;

    @Test
    void jsonLineOfSixteenTimesTheLimit() throws IOException {
        Path f = gz("l.jsonl.gz", "{\"text\": \"", 'a', "\"}\n{\"text\": \"After.\"}\n");
        assertHeldAndAfterRead(new JsonLinesReader(), f, true);
    }

    @Test
    void csvOpenQuoteOfSixteenTimesTheLimit() throws IOException {
        Path f = gz("q.csv.gz", "id,text\n1,After.\n2,\"", 'a', "");
        List<Produced> items = new ArrayList<>();
        long held = read(new CsvReader(), f, true, items);
        assertTrue(held < BOUND, "held " + held + " bytes");
        assertEquals("After.", ((Produced.Doc) items.get(0)).text());
        assertEquals(new Produced.Bad("line 3", "record too large: more than 1 MiB (ingest.maxRecordMegabytes), in a "
                + "quoted field never closed: lines 3-3 not read"), items.get(1));
    }

    @Test
    void csvQuotedFieldOfSixteenTimesTheLimitOverManyLines() throws IOException {
        Path f = gz("m.csv.gz", "id,text\n1,\"", '\n', "\"\n2,After.\n");
        assertHeldAndAfterRead(new CsvReader(), f, true);
    }

    @Test
    void jsonArrayStringOfSixteenTimesTheLimit() throws IOException {
        Path f = gz("s.json.gz", "[{\"text\": \"", 's', "\"}, {\"text\": \"After.\"}]");
        assertHeldAndAfterRead(new JsonReader(), f, true);
    }

    private void assertHeldAndAfterRead(FormatReader reader, Path f, boolean gzip) throws IOException {
        List<Produced> items = new ArrayList<>();
        long held = read(reader, f, gzip, items);
        assertTrue(held < BOUND, "held " + held + " bytes");
        assertEquals(2, items.size(), items.toString());
        assertTrue(((Produced.Bad) items.get(0)).reason().startsWith("record too large"), items.toString());
        assertEquals("After.", ((Produced.Doc) items.get(1)).text());
    }

    /** Reads all records of {@code f}; returns the most the cursor held (its buffers only grow). */
    private long read(FormatReader reader, Path f, boolean gzip, List<Produced> into) throws IOException {
        IngestConfig config = Fixtures.config(dir, "maxRecordMegabytes: 1");
        FileContext ctx = new FileContext(f, f.getFileName().toString(), gzip, "x", "x", config,
                new RecordMapper(config), JsonLimits.mapper(config), new ReadProgress(), null);
        long held = 0;
        try (FormatReader.Cursor c = reader.open(ctx)) {
            Produced p;
            while ((p = c.next()) != null) {
                into.add(p);
                held = Math.max(held, c.heldBytes());
            }
        }
        return held;
    }

    /** A gzipped file: {@code head}, 16 MiB of {@code fill}, {@code tail}. */
    private Path gz(String name, String head, char fill, String tail) throws IOException {
        Path p = dir.resolve(name);
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) fill);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 16 * MIB / chunk.length; i++) {
                out.write(chunk);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }
}
