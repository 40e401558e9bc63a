package org.presslens.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.testing.CliRuns;

/**
 * {@code analyze --engine spark --master local[2]} gives the same per-article files as the default engine, byte for
 * byte, on a corpus of several formats whose JSON Lines file is cut into many slices (with skips, repeated ids, an
 * exact duplicate and a skip cap running across the cuts), and the same statistics tables.
 */
class SparkEngineTest {
    @TempDir
    Path tmp;

    private static final List<String> PER_ARTICLE = List.of("articles.csv", "attributions.csv", "quotes.csv",
            "terms.csv", "skipped.csv", "features.csv", "texts.jsonl");
    /** The statistics tables: their per-outlet bootstrap runs as Spark tasks, one per outlet. */
    private static final List<String> STATISTICS = List.of("outlets.csv", "tests.csv", "keyness.csv", "timeseries.csv");

    @Test
    void sparkLocalTwoGivesTheDefaultEnginesFiles() throws IOException {
        Path in = corpus();
        Path threads = tmp.resolve("threads");
        Path spark = tmp.resolve("spark");
        run("analyze", in.toString(), "--out", threads.toString(), "--threads", "2", "--keep-text");
        System.setProperty(SparkEngine.SLICE_BYTES_KEY, "6000");
        try {
            run("analyze", in.toString(), "--out", spark.toString(), "--engine", "spark", "--master", "local[2]",
                    "--keep-text");
        } finally {
            System.clearProperty(SparkEngine.SLICE_BYTES_KEY);
        }
        for (String f : concat(PER_ARTICLE, STATISTICS)) {
            assertArrayEquals(Files.readAllBytes(threads.resolve(f)), Files.readAllBytes(spark.resolve(f)), f);
        }
        // report.html too, apart from its run block (command, engine, times)
        java.util.regex.Pattern runBlock = java.util.regex.Pattern.compile("<!-- run:.*?<!-- /run -->",
                java.util.regex.Pattern.DOTALL);
        String pageThreads = Files.readString(threads.resolve("report.html"));
        String pageSpark = Files.readString(spark.resolve("report.html"));
        assertEquals(runBlock.matcher(pageThreads).replaceAll(""), runBlock.matcher(pageSpark).replaceAll(""));
        assertTrue(pageSpark.contains("<tr><th>Engine</th><td>spark (local[2], "), "the run block names the engine");
        JsonNode engine = new ObjectMapper().readTree(spark.resolve("run.json").toFile()).get("engine");
        assertEquals("spark", engine.get("name").asText());
        assertEquals("local[2]", engine.get("master").asText());
        assertTrue(engine.get("partitions").asInt() >= 8, "the JSONL file is cut into slices: " + engine);
        assertTrue(engine.has("outlet_summaries"), "the outlet summaries ran as a Spark job: " + engine);
        String skipped = Files.readString(spark.resolve("skipped.csv"));
        assertTrue(skipped.contains("malformed JSON"), skipped);
        assertTrue(skipped.contains("exact duplicate of article"), skipped);
        assertTrue(skipped.contains("skip rows capped"), skipped);
        assertTrue(Files.readString(spark.resolve("articles.csv")).contains("same~2"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("corpus"));
        String[] outlets = {"Daily Planet", "Gotham Gazette", "Metropolis Mirror"};
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            String body = "The minister announced on Monday that the plan for district " + i + " would go ahead. "
                    + "\\u201cWe will not step back,\\u201d she said, \\u201cwhatever the critics say.\\u201d "
                    + "Officials said the costs could rise, and analysts suggested the project might be delayed. "
                    + "According to the agency, " + (i * 7) + " families would be affected by the scheme.";
            if (i % 23 == 0) {
                body = "An exact copy of one wire story, sent to every outlet, says the minister announced the plan on "
                        + "Monday and officials said the costs could rise, although critics suggested delays.";
            }
            if (i % 29 == 0) {
                jsonl.append("{broken\n");
            } else if (i % 31 == 0) {
                jsonl.append("{\"id\": \"same\", \"outlet\": \"").append(outlets[i % 3]).append("\", \"text\": \"")
                        .append(body).append("\"}\n");
            } else {
                jsonl.append("{\"outlet\": \"").append(outlets[i % 3]).append("\", \"date\": \"2024-0")
                        .append(1 + i % 9).append("-1").append(i % 10).append("\", \"text\": \"").append(body)
                        .append(i % 23 == 0 ? "" : " Item " + i + ".").append("\"}\n");
            }
        }
        Files.writeString(in.resolve("b-export.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("a-note.txt"), "The council said on Tuesday that the bridge would reopen next "
                + "month. \u201cIt is safe,\u201d the engineer said, although residents claimed the repairs were rushed "
                + "and that the council might have ignored the warnings.\n");
        Files.writeString(in.resolve("c-table.csv"), "id,outlet,text\nsame,Daily Planet,\"The mayor said the budget "
                + "was balanced, and critics said it was not.\"\nx,,\n");
        Files.writeString(tmp.resolve("presslens.yaml"), "ingest:\n  maxSkipRowsPerFile: 2\n");
        return in;
    }

    private void run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--config");
        all.add(tmp.resolve("presslens.yaml").toString());
        CliRuns.run(0, all.toArray(String[]::new));
    }
}
