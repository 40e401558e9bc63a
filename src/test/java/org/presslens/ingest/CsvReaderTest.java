package org.presslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.presslens.ingest.Fixtures.doc;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    @TempDir
    Path dir;

    @Test
    void mapsHeaderColumnsToCanonicalFieldsAndKeepsLabels() {
        Path f = Fixtures.write(dir, "news.csv", """
                ID,Headline,Body,Publisher,framing,reliability
                a1,Bridge opens,The new bridge opened on Monday.,Harbour Gazette,economic,high
                ,Rain ahead,"Forecasters expect rain,
                then sun.",Valley Post,,mixed
                """);
        assertEquals(List.of(
                doc("news.csv", "line 2", "a1", "The new bridge opened on Monday.",
                        Map.of("outlet", "Harbour Gazette", "title", "Bridge opens", "framing", "economic",
                                "reliability", "high")),
                doc("news.csv", "line 3", "news-3", "Forecasters expect rain,\nthen sun.",
                        Map.of("outlet", "Valley Post", "title", "Rain ahead", "framing", "", "reliability",
                                "mixed"))),
                Fixtures.read(f));
    }

    @Test
    void fieldOrderIsCanonicalKeysThenOtherColumnsInInputOrder() {
        Path f = Fixtures.write(dir, "o.csv", "zeta,text,title,alpha,outlet\n1,Body text here.,T,2,O\n");
        RawDocument d = (RawDocument) Fixtures.read(f).get(0);
        assertEquals(List.of("outlet", "title", "zeta", "alpha"), List.copyOf(d.fields().keySet()));
    }

    @Test
    void wrongFieldCountsBlankLinesAndMissingTextAreReportedPerLine() {
        Path f = Fixtures.write(dir, "rows.csv", """
                id,title,text
                r1,One,First body.

                r2,Two
                r3,Three,Third body.,extra
                r4,Four,
                r5,Five,Fifth body.
                """);
        assertEquals(List.of(
                doc("rows.csv", "line 2", "r1", "First body.", Map.of("title", "One")),
                new Skip("rows.csv", "line 4", "expected 3 fields, found 2"),
                new Skip("rows.csv", "line 5", "expected 3 fields, found 4"),
                new Skip("rows.csv", "line 6", "record has no text (fields tried: text, content, body)"),
                doc("rows.csv", "line 7", "r5", "Fifth body.", Map.of("title", "Five"))),
                Fixtures.read(f));
    }

    @Test
    void noTextColumnSkipsTheFile() {
        Path f = Fixtures.write(dir, "meta.csv", "id,title,label\n1,A,x\n");
        assertEquals(List.of(new Skip("meta.csv", "",
                "no text column: expected one of [text, content, body]; found [id, title, label]")), Fixtures.read(f));
    }

    @Test
    void strayCharacterAfterAClosingQuoteSkipsOnlyThatRow() {
        Path f = Fixtures.write(dir, "q.csv", """
                id,text
                1,"Fine row."
                2,"Broken" row.
                3,"Also fine."
                """);
        List<InputItem> items = Fixtures.read(f);
        assertEquals(3, items.size());
        assertEquals(doc("q.csv", "line 2", "1", "Fine row.", Map.of()), items.get(0));
        Skip s = (Skip) items.get(1);
        assertEquals("line 3", s.record());
        assertEquals("malformed CSV quoting: a character follows a closing quote; row skipped, reading resumed at "
                + "line 4", s.reason());
        assertEquals(doc("q.csv", "line 4", "3", "Also fine.", Map.of()), items.get(2));
    }

    @Test
    void unclosedQuoteDoesNotSwallowTheRestOfTheFile() {
        Path f = Fixtures.write(dir, "u.csv", """
                id,text
                1,"Never closed.
                2,Second row.
                3,Third row.
                """);
        List<InputItem> items = Fixtures.read(f);
        assertEquals(3, items.size());
        assertEquals(new Skip("u.csv", "line 2", "malformed CSV quoting: a quoted field is never closed; row skipped, "
                + "reading resumed at line 3"), items.get(0));
        assertEquals(doc("u.csv", "line 3", "2", "Second row.", Map.of()), items.get(1));
        assertEquals(doc("u.csv", "line 4", "3", "Third row.", Map.of()), items.get(2));
    }

    @Test
    void onlyTheRowThatIsNotUtf8IsMarked() {
        byte[] head = "id,text\nu,Caf\u00e9 in UTF-8.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] old = "w,\"Caf\u00e9 in\nwindows-1252.\"\n".getBytes(Decoding.FALLBACK);
        byte[] tail = "z,Back to UTF-8 \u2013 fine.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + old.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(old, 0, all, head.length, old.length);
        System.arraycopy(tail, 0, all, head.length + old.length, tail.length);
        Path f = Fixtures.writeBytes(dir, "enc.csv", all);
        assertEquals(List.of(
                doc("enc.csv", "line 2", "u", "Caf\u00e9 in UTF-8.", Map.of()),
                doc("enc.csv", "line 3", "w", "Caf\u00e9 in\nwindows-1252.", Map.of("_encoding", "windows-1252")),
                doc("enc.csv", "line 5", "z", "Back to UTF-8 \u2013 fine.", Map.of())),
                Fixtures.read(f));
    }

    @Test
    void gzippedCsvWithByteOrderMarkAndCrLf() {
        Path f = Fixtures.writeGz(dir, "w.csv.gz", "\uFEFFid,text\r\nx,Windows line endings.\r\n");
        assertEquals(List.of(doc("w.csv.gz", "line 2", "x", "Windows line endings.", Map.of())), Fixtures.read(f));
    }
}
