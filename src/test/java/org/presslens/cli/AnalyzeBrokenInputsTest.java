package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of deliberately broken inputs: every one is accounted for and the run completes. */
class AnalyzeBrokenInputsTest {

    private static final String ARTICLE = "The harbour authority said on Monday that the new ferry service would start in "
            + "June, after months of delay. \"We are ready,\" said Mara Lind, the authority's director, adding that "
            + "tickets would cost less than the old service. Local traders welcomed the plan, although some said the "
            + "timetable was too thin for the winter months.";

    private static String article(String variant) {
        return ARTICLE + " " + variant;
    }

    @Test
    void everyBrokenInputIsListedAndTheRunCompletes(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(in.resolve("a-good.txt"), article("The first good article ends here."));
        Files.write(in.resolve("b-empty.txt"), new byte[0]);
        Files.write(in.resolve("c-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 9, 0, 1, 2, 0, 0, 0, 7});
        Files.write(in.resolve("d-latin1.txt"), article("Caf\u00e9 owners agreed.").getBytes(Charset.forName("windows-1252")));
        Files.writeString(in.resolve("e-records.jsonl"), String.join("\n",
                "{\"id\":\"r1\",\"outlet\":\"Harbour Post\",\"text\":\"" + article("Record one.").replace("\"", "\\\"") + "\"}",
                "{\"id\":\"r2\",\"outlet\":\"Harbour Post\",\"text\":",
                "{\"id\":\"r3\",\"outlet\":\"Harbour Post\"}",
                "{\"id\":\"r4\",\"outlet\":\"Harbour Post\",\"text\":\"" + article("Record one.").replace("\"", "\\\"") + "\"}",
                "{\"id\":\"r5\",\"outlet\":\"Harbour Post\",\"text\":\"Too short to analyse.\"}",
                "[1,2,3]") + "\n");
        Files.writeString(in.resolve("f-table.csv"), "id,outlet,text\n"
                + "c1,Harbour Post,\"" + article("Row one.").replace("\"", "\"\"") + "\"\n"
                + "c2,Harbour Post\n"
                + "c3,Harbour Post,\"" + article("Row three.").replace("\"", "\"\"") + "\",extra\n");
        Files.writeString(in.resolve("g-notext.csv"), "id,title\nx1,Only a title\n");
        Files.writeString(in.resolve("h-notes.pdf"), "%PDF-1.4 not an article");
        Files.write(in.resolve("i-corrupt.jsonl.gz"), "this is not gzip".getBytes(StandardCharsets.UTF_8));

        Path out = tmp.resolve("run");
        int code = Main.execute("analyze", in.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, code, "a run that skipped inputs still succeeds");

        String src = in.toString();
        List<List<String>> expected = List.of(
                List.of(src + "/b-empty.txt", "", "empty file"),
                List.of(src + "/c-binary.txt", "", "binary file, not text"),
                List.of(src + "/e-records.jsonl", "line 2", "malformed JSON: Unexpected end-of-input within/between Object entries"),
                List.of(src + "/e-records.jsonl", "line 3", "record has no text (fields tried: text, content, body)"),
                List.of(src + "/e-records.jsonl", "line 4", "exact duplicate of article r1"),
                List.of(src + "/e-records.jsonl", "line 5", "text below minimum length: 4 words < 25"),
                List.of(src + "/e-records.jsonl", "line 6", "expected a JSON object, found an array"),
                List.of(src + "/f-table.csv", "line 3", "expected 3 fields, found 2"),
                List.of(src + "/f-table.csv", "line 4", "expected 3 fields, found 4"),
                List.of(src + "/g-notext.csv", "", "no text column: expected one of [text, content, body]; found [id, title]"),
                List.of(src + "/h-notes.pdf", "", "unsupported file type '.pdf'"),
                List.of(src + "/i-corrupt.jsonl.gz", "", "corrupt gzip: Not in GZIP format"));
        assertEquals(expected, rows(out.resolve("skipped.csv")));

        List<List<String>> articles = rows(out.resolve("articles.csv"));
        assertEquals(List.of("a-good", "d-latin1", "r1", "c1"), articles.stream().map(r -> r.get(0)).toList());

        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertEquals(4, run.path("counts").path("articles").asInt());
        assertEquals(12, run.path("counts").path("skipped").asInt());
        assertEquals(1, run.path("counts").path("duplicates").asInt());
        assertEquals(9, run.path("counts").path("inputs_seen").asInt());
        assertFalse(Files.exists(tmp.resolve(".run.partial")), "no partial folder is left behind");
        assertTrue(Files.exists(out.resolve("terms.csv")));

        assertEquals(1, Main.execute("analyze", in.toString(), "--out", tmp.resolve("strict").toString(), "--strict"),
                "--strict turns skips into a failure");
        assertEquals(2, Main.execute("analyze", in.toString(), "--out", out.toString()),
                "an existing run folder is refused without --overwrite");
        assertEquals(2, Main.execute("analyze", tmp.resolve("missing").toString(), "--out", tmp.resolve("x").toString()),
                "a missing input is a usage error");
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    private static List<List<String>> rows(Path csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                List<String> row = new ArrayList<>();
                rec.forEach(row::add);
                rows.add(row.size() > 3 ? List.of(row.get(0)) : row);
            }
        }
        return rows;
    }
}
