package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skip rows of one file are capped in skipped.csv, but run.json and the report still count every skipped record. */
class AnalyzeSkipCapTest {

    @Test
    void recordsBeyondTheCapAreCountedInRunJson(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("corpus"));
        // 1,005 numbers: 1,000 rows, then one summary row standing for 5 more
        Files.writeString(in.resolve("ones.json"), "[" + "1,".repeat(1004) + "1]");
        Files.writeString(in.resolve("short.txt"), "Too short.");
        Files.writeString(in.resolve("story.txt"), "The harbour authority said on Monday that the new ferry service "
                + "would start in June, after months of delay. Local traders welcomed the plan, although some said the "
                + "timetable was too thin for the winter months and asked for more crossings.");
        Path out = tmp.resolve("run");
        assertEquals(0, Main.execute("analyze", in.toString(), "--out", out.toString(), "--threads", "1"));

        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(out.resolve("skipped.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                rows.add(List.of(rec.get(0), rec.get(1), rec.get(2)));
            }
        }
        assertEquals(1002, rows.size(), "1,000 rows of ones.json, its summary, short.txt");
        assertEquals(List.of(in + "/ones.json", "", "skip rows capped: 5 more records of this file skipped and not "
                + "listed (at most 1000 rows per file, ingest.maxSkipRowsPerFile): expected a JSON object, found a "
                + "number \u00d7 5"), rows.get(1000));
        assertEquals(in + "/short.txt", rows.get(1001).get(0));

        JsonNode counts = new ObjectMapper().readTree(out.resolve("run.json").toFile()).path("counts");
        assertEquals(1006, counts.path("skipped").asLong());
        assertEquals(1005, counts.path("skipped_by_reason").path("expected a JSON object, found a number").asLong());
        assertEquals(1, counts.path("skipped_by_reason").path("text below minimum length").asLong());
        assertEquals(2, counts.path("skipped_by_reason").size());

        String report = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("<tr><th>Skipped</th><td>1006</td></tr>"), "the report counts what run.json counts");
        assertTrue(report.contains("<tr><td>expected a JSON object, found a number</td><td class=\"num\">1005</td></tr>"));
    }
}
