package org.presslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.presslens.ingest.Fixtures.doc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproductions of issue 14 for ingest: oversized records, pipes, deep nesting, inputs that yield nothing,
 * damaged lines, other encodings, non-text bytes and floods of skips. Limits are lowered through the configuration
 * so that a few MB show what a GiB would do.
 */
class HostileInputsTest {
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private IngestConfig oneMibRecords() {
        return Fixtures.config(dir, "maxRecordMegabytes: 1");
    }

    // 1. bounded reading

    @Test
    void gzippedJsonLineFarAboveTheRecordLimitIsSkippedAndTheNextLinesAreRead() {
        // the issue's .jsonl.gz had one line of 1 GiB and ended in OutOfMemoryError; here 5 MiB over a 1 MiB limit
        Path f = writeGz("huge.jsonl.gz", out -> {
            out.write("{\"text\": \"Before.\"}\n{\"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] a = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 80; i++) {
                out.write(a);
            }
            out.write("\"}\n{\"text\": \"After one.\"}\r\n{\"text\": \"After two.\"}".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals(List.of(
                doc("huge.jsonl.gz", "line 1", "huge-1", "Before.", Map.of()),
                new Skip("huge.jsonl.gz", "line 2",
                        "record too large: line longer than 1 MiB (ingest.maxRecordMegabytes)"),
                doc("huge.jsonl.gz", "line 3", "huge-3", "After one.", Map.of()),
                doc("huge.jsonl.gz", "line 4", "huge-4", "After two.", Map.of())),
                Fixtures.read(new CorpusReader(oneMibRecords()), f));
    }

    @Test
    void gzippedCsvWithAQuoteThatNeverClosesStopsTheFileWithAClearReason() {
        // the issue's .csv.gz had a 1 GiB open quote: no row boundary follows it, so the file ends there
        Path f = writeGz("open.csv.gz", out -> {
            out.write("id,text\nc1,Before.\nc2,\"".getBytes(StandardCharsets.UTF_8));
            byte[] a = ("a".repeat(1023) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 3 * 1024; i++) {
                out.write(a);
            }
        });
        assertEquals(List.of(
                doc("open.csv.gz", "line 2", "c1", "Before.", Map.of()),
                new Skip("open.csv.gz", "line 3", "record too large: more than 1 MiB (ingest.maxRecordMegabytes), "
                        + "in a quoted field never closed: lines 3-3074 not read")),
                Fixtures.read(new CorpusReader(oneMibRecords()), f));
    }

    @Test
    void csvRecordAboveTheLimitIsSkippedWholeAndReadingResumesAfterIt() {
        StringBuilder big = new StringBuilder("id,text\nc1,Before.\nc2,\"");
        for (int i = 0; i < 3 * 1024; i++) {
            big.append("b".repeat(1000)).append(", \"\"quoted\"\"\n");
        }
        big.append("end\"\nc3,After.\nc4,").append("u".repeat(2 * MIB)).append("\nc5,Last.\n");
        Path f = Fixtures.write(dir, "big.csv", big.toString());
        assertEquals(List.of(
                doc("big.csv", "line 2", "c1", "Before.", Map.of()),
                new Skip("big.csv", "line 3", "record too large: more than 1 MiB (ingest.maxRecordMegabytes)"),
                doc("big.csv", "line 3076", "c3", "After.", Map.of()),
                new Skip("big.csv", "line 3077", "record too large: more than 1 MiB (ingest.maxRecordMegabytes)"),
                doc("big.csv", "line 3078", "c5", "Last.", Map.of())),
                Fixtures.read(new CorpusReader(oneMibRecords()), f));
    }

    @Test
    void jsonArrayElementOrStringAboveTheLimitIsSkippedAndTheNextElementsAreRead() {
        // strings over Jackson's 20 M characters ended the whole array with a NullPointerException
        Path f = Fixtures.write(dir, "arr.json", "[{\"text\": \"Before.\"},\n {\"text\": \"" + "s".repeat(3 * MIB)
                + "\"},\n {\"text\": \"Inside.\", \"pad\": [" + "1,".repeat(MIB) + "1]},\n {\"text\": \"After.\"}]");
        assertEquals(List.of(
                doc("arr.json", "record 1", "arr-1", "Before.", Map.of()),
                new Skip("arr.json", "record 2", "record too large: more than 1 MiB (ingest.maxRecordMegabytes)"),
                new Skip("arr.json", "record 3", "record too large: more than 1 MiB (ingest.maxRecordMegabytes)"),
                doc("arr.json", "record 4", "arr-4", "After.", Map.of())),
                Fixtures.read(new CorpusReader(oneMibRecords()), f));
    }

    @Test
    void plainTextWithALineAboveTheLineLimitIsSkippedButHtmlIsNot() {
        IngestConfig c = Fixtures.config(dir, "maxLineCharacters: 100");
        Fixtures.write(dir, "in/a.txt", "Short first line.\n" + "x".repeat(101) + "\nLast.");
        Fixtures.write(dir, "in/b.txt", "Short first line.\r" + "x".repeat(100) + "\r\nLast.");
        Fixtures.write(dir, "in/c.html", "<p>" + "x".repeat(200) + "</p>");
        Fixtures.write(dir, "in/d.jsonl", "{\"text\": \"ok\\n" + "y".repeat(150) + "\"}\n");
        List<InputItem> items = Fixtures.read(new CorpusReader(c), dir.resolve("in"));
        assertEquals(List.of(
                new Skip("in/a.txt", "", "line too long: line 2 of the text is longer than 100 characters "
                        + "(ingest.maxLineCharacters)"),
                "in/b.txt", "in/c.html",
                new Skip("in/d.jsonl", "line 1", "line too long: line 2 of the text is longer than 100 characters "
                        + "(ingest.maxLineCharacters)")),
                items.stream().map(i -> i instanceof RawDocument d ? (Object) d.source() : i).toList());
    }

    // 2. only regular files

    @Test
    void pipeInAWalkedFolderOrGivenDirectlyIsASkipRowAndNeverOpened() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("d"));
        Fixtures.write(folder, "a.txt", "Before the pipe.");
        Fixtures.write(folder, "z.txt", "After the pipe.");
        Path pipe = folder.resolve("pipe.txt");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            mk = null;
        }
        assumeTrue(mk != null && mk.waitFor() == 0 && Files.exists(pipe), "mkfifo is not available");
        CorpusReader reader = new CorpusReader(IngestConfig.defaults());
        List<InputItem> items = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (var s = reader.read(List.of(new InputRoot(folder, "d"), new InputRoot(pipe, "given.txt")))) {
                return s.toList();
            }
        }, "reading a folder with a pipe must not hang");
        String notRegular = "not a regular file (a pipe, socket or device): not read";
        assertEquals(List.of(
                doc("d/a.txt", "", "a", "Before the pipe.", Map.of()),
                new Skip("d/pipe.txt", "", notRegular),
                doc("d/z.txt", "", "z", "After the pipe.", Map.of()),
                new Skip("given.txt", "", notRegular)), items);
    }

    // 3. JSON nesting and limits: plain skip reasons, no stack trace

    @Test
    void jsonNestedTooDeepIsAPlainSkipReasonAndTheFileGoesOn() {
        Path open = Fixtures.write(dir, "open.json", "[".repeat(1001));
        Path closed = Fixtures.write(dir, "closed.json", "[" + "[".repeat(1000) + "]".repeat(1000)
                + ", [[1]], {\"text\": \"After.\"}]");
        Path object = Fixtures.write(dir, "object.json", "{\"text\": \"x\", \"n\": " + "{\"a\": ".repeat(1000) + "1"
                + "}".repeat(1000) + "}");
        Path lines = Fixtures.write(dir, "deep.jsonl", "{\"n\": " + "[".repeat(1000) + "]".repeat(1000)
                + "}\n{\"text\": \"Next line.\"}\n");
        assertEquals(List.of(new Skip("open.json", "record 1",
                "malformed JSON: nesting deeper than 1000 levels (line 1); the file ends inside it")), Fixtures.read(open));
        assertEquals(List.of(
                new Skip("closed.json", "record 1", "malformed JSON: nesting deeper than 1000 levels (line 1)"),
                new Skip("closed.json", "record 2", "expected a JSON object, found an array"),
                doc("closed.json", "record 3", "closed-3", "After.", Map.of())), Fixtures.read(closed));
        assertEquals(List.of(new Skip("object.json", "", "malformed JSON: nesting deeper than 1000 levels")),
                Fixtures.read(object));
        assertEquals(List.of(
                new Skip("deep.jsonl", "line 1", "malformed JSON: nesting deeper than 1000 levels"),
                doc("deep.jsonl", "line 2", "deep-2", "Next line.", Map.of())), Fixtures.read(lines));
    }

    @Test
    void jacksonLimitsAreNamedInWords() {
        Path name = Fixtures.write(dir, "name.jsonl", "{\"" + "k".repeat(50_001) + "\": 1, \"text\": \"t\"}\n");
        Path number = Fixtures.write(dir, "number.jsonl", "{\"n\": " + "9".repeat(1001) + ", \"text\": \"t\"}\n");
        assertEquals(List.of(new Skip("name.jsonl", "line 1",
                "malformed JSON: a field name longer than 50000 characters")), Fixtures.read(name));
        assertEquals(List.of(new Skip("number.jsonl", "line 1",
                "malformed JSON: a number longer than 1000 digits")), Fixtures.read(number));
    }

    // 4. every input accounted for

    @Test
    void inputsThatYieldNothingGetARowSayingWhy() {
        Fixtures.write(dir, "in/.txt", "A hidden file named .txt.");
        Fixtures.write(dir, "in/.DS_Store", "x");
        Fixtures.write(dir, "in/.cache/a.txt", "Inside a hidden folder.");
        Fixtures.write(dir, "in/.cache/b.txt", "Also inside.");
        Fixtures.write(dir, "in/array.json", " [ \n ] \n");
        Fixtures.write(dir, "in/blank-rows.csv", "id,text\n\n  \n");
        Fixtures.write(dir, "in/header.csv", "id,text\n");
        Fixtures.write(dir, "in/tail.json", "[{\"text\": \"Kept.\"}] trailing");
        Fixtures.write(dir, "in/empty-tail.json", "[] x");
        assertEquals(List.of(
                new Skip("in/.DS_Store", "", "hidden file: not read"),
                new Skip("in/.cache", "", "hidden folder: not read"),
                new Skip("in/.txt", "", "hidden file: not read"),
                new Skip("in/array.json", "", "empty JSON array"),
                new Skip("in/blank-rows.csv", "", "no records: header only"),
                new Skip("in/empty-tail.json", "", "empty JSON array; more content after the closing ']' (line 1), "
                        + "not read"),
                new Skip("in/header.csv", "", "no records: header only"),
                doc("in/tail.json", "record 1", "tail-1", "Kept.", Map.of()),
                new Skip("in/tail.json", "", "malformed JSON: more content after the closing ']' (line 1), not read")),
                Fixtures.read(dir.resolve("in")));
        Path gz = Fixtures.writeGz(dir, "h.csv.gz", "id,text\r\n");
        assertEquals(List.of(new Skip("h.csv.gz", "", "no records: header only")), Fixtures.read(gz));
    }

    @Test
    void wideCsvHeaderAndBrokenArraySeparatorsAreNamed() {
        Path wide = Fixtures.write(dir, "wide.csv", "text" + ",c".repeat(10_001) + "\nx\n");
        Path comma = Fixtures.write(dir, "comma.json", "[{\"text\": \"Kept.\"},\n]");
        Path stray = Fixtures.write(dir, "stray.json", "[1 2]");
        assertEquals(List.of(new Skip("wide.csv", "line 1", "malformed CSV header: 10002 columns, more than 10000; "
                + "file not read")), Fixtures.read(wide));
        assertEquals(List.of(
                doc("comma.json", "record 1", "comma-1", "Kept.", Map.of()),
                new Skip("comma.json", "record 2", "malformed JSON: expected a value, found ']' (line 2); rest of the "
                        + "file not read")), Fixtures.read(comma));
        assertEquals(List.of(
                new Skip("stray.json", "record 1", "expected a JSON object, found a number"),
                new Skip("stray.json", "record 2", "malformed JSON: expected ',' or ']' after record 1, found '2' "
                        + "(line 1); rest of the file not read")), Fixtures.read(stray));
    }

    @Test
    void hiddenFileGivenByNameIsRead() {
        Path f = Fixtures.write(dir, ".notes.txt", "Named on purpose.");
        assertEquals(List.of(doc(".notes.txt", "", ".notes", "Named on purpose.", Map.of())), Fixtures.read(f));
    }

    // 5. damaged lines cost only themselves

    @Test
    void oneNulByteCostsNothingAndIsRemovedWithANote() {
        Path jsonl = Fixtures.writeBytes(dir, "nul.jsonl", bytes("{\"text\": \"Nul\0here.\"}\n{\"text\": \"Clean.\"}\n"
                + "{\"text\": \"Escaped\\u0000nul, bell\\u0007.\", \"title\": \"T\\u0000itle\"}\n"));
        Path txt = Fixtures.writeBytes(dir, "nul.txt", bytes("A body with one\0 NUL byte.\n"));
        Path pad = Fixtures.writeBytes(dir, "pad.txt", bytes("Text before padding. " + "\0".repeat(300) + " After.\n"
                + "More text to make the padding a small share of the file. ".repeat(100)));
        assertEquals(List.of(
                doc("nul.jsonl", "line 1", "nul-1", "Nulhere.", Map.of("_control_chars_removed", "1")),
                doc("nul.jsonl", "line 2", "nul-2", "Clean.", Map.of()),
                doc("nul.jsonl", "line 3", "nul-3", "Escapednul, bell.", Map.of("title", "Title",
                        "_control_chars_removed", "3"))),
                Fixtures.read(jsonl));
        assertEquals(List.of(doc("nul.txt", "", "nul", "A body with one NUL byte.\n", Map.of("_control_chars_removed",
                "1"))), Fixtures.read(txt));
        RawDocument p = (RawDocument) Fixtures.read(pad).get(0);
        assertTrue(p.text().startsWith("Text before padding.  After.\nMore text"), p.text().substring(0, 40));
        assertEquals("300", p.fields().get("_control_chars_removed"));
    }

    @Test
    void binaryLinesAreSkippedAloneAndAWhollyBinaryFileIsOneRow() {
        byte[] junk = new byte[200];
        new Random(7).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == '\n' || junk[i] == '\r') {
                junk[i] = 1;
            }
            if (i % 3 == 0) {
                junk[i] = 0;
            }
        }
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes(bytes("{\"text\": \"One.\"}\n"));
        mixed.writeBytes(junk);
        mixed.writeBytes(bytes("\n\n"));
        mixed.writeBytes(junk);
        mixed.writeBytes(bytes("\n{\"text\": \"Four.\"}\n"));
        mixed.writeBytes(junk);
        Path jsonl = Fixtures.writeBytes(dir, "mixed.jsonl", mixed.toByteArray());
        assertEquals(List.of(
                doc("mixed.jsonl", "line 1", "mixed-1", "One.", Map.of()),
                new Skip("mixed.jsonl", "lines 2-4", "binary record, not text"),
                doc("mixed.jsonl", "line 5", "mixed-5", "Four.", Map.of()),
                new Skip("mixed.jsonl", "line 6", "binary record, not text")), Fixtures.read(jsonl));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(bytes("id,text\n"));
        csv.writeBytes(junk);
        csv.writeBytes(bytes("\nr3,Row three.\n"));
        Path table = Fixtures.writeBytes(dir, "mixed.csv", csv.toByteArray());
        List<InputItem> rows = Fixtures.read(table);
        assertEquals(doc("mixed.csv", "line 3", "r3", "Row three.", Map.of()), rows.get(rows.size() - 1));
        assertTrue(rows.subList(0, rows.size() - 1).stream().allMatch(i -> i instanceof Skip s
                && s.reason().startsWith("binary record, not text")), rows.toString());

        byte[] all = new byte[4096];
        new Random(11).nextBytes(all);
        Path bin = Fixtures.writeBytes(dir, "all.jsonl", all);
        assertEquals(List.of(new Skip("all.jsonl", "", "binary file, not text")), Fixtures.read(bin));
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreDecodedInEveryFormat() {
        String text = "Caf\u00e9 \u201cquoted\u201d \u4e2d\u6587 \ud83d\ude00";
        Map<String, String> formats = Map.of(
                "txt", text + "\n",
                "jsonl", "{\"id\": \"j\", \"text\": \"" + text + "\"}\r\n",
                "csv", "id,text\r\nc,\"" + text + "\"\r\n",
                "json", "[{\"id\": \"a\", \"text\": \"" + text + "\"}]");
        for (String cs : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            for (Map.Entry<String, String> f : formats.entrySet()) {
                String name = cs + "." + f.getKey();
                Path p = Fixtures.writeBytes(dir, name, ("\uFEFF" + f.getValue()).getBytes(Charset.forName(cs)));
                List<InputItem> items = Fixtures.read(p);
                assertEquals(1, items.size(), name + ": " + items);
                RawDocument d = (RawDocument) items.get(0);
                assertEquals(f.getKey().equals("txt") ? text + "\n" : text, d.text(), name);
                assertEquals(Map.of("_encoding", cs), d.fields(), name);
            }
        }
    }

    @Test
    void loneCarriageReturnsEndLines() {
        Path jsonl = Fixtures.write(dir, "mac.jsonl", "{\"text\": \"One.\"}\r{\"text\": \"Two.\"}\r\r{\"text\": \"Four.\"}\r");
        assertEquals(List.of(
                doc("mac.jsonl", "line 1", "mac-1", "One.", Map.of()),
                doc("mac.jsonl", "line 2", "mac-2", "Two.", Map.of()),
                doc("mac.jsonl", "line 4", "mac-4", "Four.", Map.of())), Fixtures.read(jsonl));
        Path csv = Fixtures.write(dir, "mac.csv", "id,text\ra,\"One\rtwo.\"\rb,Three.\r");
        assertEquals(List.of(
                doc("mac.csv", "line 2", "a", "One\ntwo.", Map.of()),
                doc("mac.csv", "line 4", "b", "Three.", Map.of())), Fixtures.read(csv));
    }

    @Test
    void randomHighBytesAreNotTextButRealWindows1252Is() {
        byte[] noise = new byte[6000];
        Random r = new Random(3);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 + r.nextInt(128));
        }
        Path txt = Fixtures.writeBytes(dir, "noise.txt", noise);
        Path line = Fixtures.writeBytes(dir, "noise.jsonl", concat(bytes("{\"text\": \"Fine.\"}\n"), noise,
                bytes("\n{\"text\": \"Also fine.\"}\n")));
        String french = "L'\u00e9t\u00e9 \u00e0 Montr\u00e9al : les f\u00eates du Qu\u00e9bec attirent \u00ab beaucoup "
                + "\u00bb de visiteurs \u2013 surtout en ao\u00fbt, o\u00f9 l'on c\u00e9l\u00e8bre \u00e7a. ";
        Path cp1252 = Fixtures.writeBytes(dir, "french.txt", french.repeat(40).getBytes(Decoding.FALLBACK));
        assertEquals(List.of(new Skip("noise.txt", "", "binary file, not text (neither UTF-8 nor windows-1252)")),
                Fixtures.read(txt));
        assertEquals(List.of(
                doc("noise.jsonl", "line 1", "noise-1", "Fine.", Map.of()),
                new Skip("noise.jsonl", "line 2", "binary record, not text (neither UTF-8 nor windows-1252)"),
                doc("noise.jsonl", "line 3", "noise-3", "Also fine.", Map.of())), Fixtures.read(line));
        assertEquals(List.of(doc("french.txt", "", "french", french.repeat(40), Map.of("_encoding", "windows-1252"))),
                Fixtures.read(cp1252));
    }

    // 6. skip rows per file capped

    @Test
    void skipRowsOfOneFileAreCappedWithASummaryThatCountsTheRest() {
        Path f = Fixtures.write(dir, "ones.json", "[" + "1,".repeat(9) + "{\"text\": \"Kept.\"}, \"s\", {}]");
        List<InputItem> items = Fixtures.read(new CorpusReader(Fixtures.config(dir, "maxSkipRowsPerFile: 3")), f);
        Skip summary = new Skip("ones.json", "", "skip rows capped: 8 more records of this file skipped and not listed "
                + "(at most 3 rows per file, ingest.maxSkipRowsPerFile): expected a JSON object, found a number \u00d7 6; "
                + "expected a JSON object, found a string \u00d7 1; record has no text \u00d7 1",
                Map.of("expected a JSON object, found a number", 6L, "expected a JSON object, found a string", 1L,
                        "record has no text", 1L));
        assertEquals(List.of(
                new Skip("ones.json", "record 1", "expected a JSON object, found a number"),
                new Skip("ones.json", "record 2", "expected a JSON object, found a number"),
                new Skip("ones.json", "record 3", "expected a JSON object, found a number"),
                doc("ones.json", "record 10", "ones-10", "Kept.", Map.of()),
                summary), items);
        assertEquals(8, summary.count());
    }

    @Test
    void theIssuesMillionOnesWriteAThousandRowsAndOneSummary() {
        // a 2 MB [1,1,…] file wrote 1,000,001 skip rows (79 MB)
        Path f = Fixtures.write(dir, "million.json", "[" + "1,".repeat(1_000_000) + "1]");
        List<InputItem> items = Fixtures.read(f);
        assertEquals(1001, items.size());
        Skip last = (Skip) items.get(1000);
        assertEquals(Map.of("expected a JSON object, found a number", 999_001L), last.summarized());
        assertTrue(last.reason().startsWith("skip rows capped: 999001 more records"), last.reason());
        assertEquals(new Skip("million.json", "record 1000", "expected a JSON object, found a number"),
                items.get(999));
    }

    @Test
    void sidecarRowsAreBoundedAndABadRowCostsOnlyItself() {
        Fixtures.write(dir, "c/_metadata.csv", "file,framing\na.txt,\"moral\" x\nb.txt,\"" + "q".repeat(2 * MIB)
                + "\"\nc.txt,economic\n");
        Fixtures.write(dir, "c/a.txt", "A.");
        Fixtures.write(dir, "c/b.txt", "B.");
        Fixtures.write(dir, "c/c.txt", "C.");
        assertEquals(List.of(
                new Skip("c/_metadata.csv", "line 2", "metadata sidecar: malformed CSV quoting: a character follows a "
                        + "closing quote; row skipped, reading resumed at line 3"),
                new Skip("c/_metadata.csv", "line 3", "metadata sidecar: record too large: more than 1 MiB "
                        + "(ingest.maxRecordMegabytes)"),
                doc("c/a.txt", "", "a", "A.", Map.of()),
                doc("c/b.txt", "", "b", "B.", Map.of()),
                doc("c/c.txt", "", "c", "C.", Map.of("framing", "economic"))),
                Fixtures.read(new CorpusReader(oneMibRecords()), dir.resolve("c")));
    }

    @Test
    void sidecarRowsNamingMissingFilesAreNotKept() {
        StringBuilder rows = new StringBuilder("file,framing\n");
        for (int i = 0; i < 50_000; i++) {
            rows.append("missing-").append(i).append(".txt,moral\n");
        }
        rows.append("real.txt,economic\n");
        Path side = Fixtures.write(dir, "s/_metadata.csv", rows.toString());
        Fixtures.write(dir, "s/real.txt", "Real.");
        Map<Path, Sidecar.Entry> into = new java.util.HashMap<>();
        IngestConfig c = IngestConfig.defaults();
        assertEquals(List.of(), Sidecar.load(side, "s/_metadata.csv", c, new RecordMapper(c), into));
        assertEquals(Map.of(dir.resolve("s/real.txt").toAbsolutePath().normalize(),
                new Sidecar.Entry("", Map.of("framing", "economic"))), into);
    }

    @Test
    void noStackTraceOrUnexpectedErrorOnAnyOfTheAbove() {
        Fixtures.write(dir, "m/deep.json", "[".repeat(5000));
        Fixtures.write(dir, "m/deep-object.json", "{\"a\":".repeat(5000));
        Fixtures.writeBytes(dir, "m/nul-everywhere.csv", new byte[5000]);
        Fixtures.writeBytes(dir, "m/bom-only.jsonl", new byte[] {(byte) 0xFF, (byte) 0xFE});
        Fixtures.writeBytes(dir, "m/odd-utf16.txt", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'A', (byte) 0xD8});
        Fixtures.write(dir, "m/quotes.csv", "id,text\n" + "\"".repeat(10_000) + "\n");
        Fixtures.write(dir, "m/stray.json", "[1 2]");
        Fixtures.write(dir, "m/comma.json", "[{\"text\": \"x\"},]");
        List<InputItem> items = Fixtures.read(dir.resolve("m"));
        assertFalse(items.isEmpty());
        for (InputItem i : items) {
            if (i instanceof Skip s) {
                assertFalse(s.reason().contains("unexpected error") || s.reason().contains("Exception")
                        || s.reason().contains("\n"), s.toString());
            }
        }
        List<String> sources = new ArrayList<>();
        items.forEach(i -> {
            if (!sources.contains(i.source())) {
                sources.add(i.source());
            }
        });
        assertEquals(List.of("m/bom-only.jsonl", "m/comma.json", "m/deep-object.json", "m/deep.json",
                "m/nul-everywhere.csv", "m/odd-utf16.txt", "m/quotes.csv", "m/stray.json"), sources,
                "every input is accounted for");
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private Path writeGz(String name, Writer w) {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p), 1 << 16)) {
            w.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
