package org.presslens.run;

import org.presslens.analysis.CorpusAnalyzer;
import org.presslens.analysis.LabelPredictor;
import org.presslens.analysis.AnalysisSetup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.Article;
import org.presslens.core.CsvCells;
import org.presslens.core.Settings;
import org.presslens.features.Scored;
import org.presslens.ingest.InputItem;
import org.presslens.ingest.InputRoot;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.TextKind;

/**
 * run.json's {@code stages}: the per-article stages are timed on the threads that run them, the report-side stages
 * are those the finisher reports, and run.json is rewritten with them (and a wall time covering them) after the
 * finisher, before the folder is committed.
 */
class RunStagesTest {
    private static final String BODY = "The council met on Tuesday to discuss the new budget for the coming year, and "
            + "members argued about roads. Several residents said the plan was unfair to families who live far away.";
    private static final List<String> KEYS = List.of("articles_wall_seconds", "read_clean_thread_seconds",
            "features_thread_seconds", "models_thread_seconds", "statistics_wall_seconds", "charts_wall_seconds",
            "report_wall_seconds");
    private static final long MODEL_SLEEP_MILLIS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A label model that takes a known least time per article. */
    private static final LabelPredictor SLOW_MODEL = new LabelPredictor() {
        @Override
        public List<String> columns() {
            return List.of();
        }

        @Override
        public List<String> predict(Article article, Scored scored, long bodyHash) {
            try {
                Thread.sleep(MODEL_SLEEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }

        @Override
        public List<Object> describe() {
            return List.of();
        }
    };

    private RunSummary run(Path out, AnalyzeRun.Finisher finisher) throws IOException {
        CorpusAnalyzer analyzer = AnalysisSetup.create(Settings.builtIn(), List.of(), List.of(), f -> SLOW_MODEL)
                .analyzer();
        List<InputItem> items = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            items.add(new RawDocument("in/" + k + ".txt", "", "a" + k, TextKind.PLAIN, BODY + " Item " + k + ".",
                    Map.of()));
        }
        Path input = Files.writeString(tmp.resolve("input.txt"), "x");
        return new AnalyzeRun(analyzer, new AnalyzeRun.Options("test", 2, false, "test", "0",
                List.of(InputRoot.of(input)), CsvCells.NEUTRALISED))
                .run(items.stream(), RunFolder.prepare(out, false, List.of(input)), ProgressListener.NONE, finisher);
    }

    @Test
    void runJsonIsRewrittenWithTheReportStagesAndAWallTimeCoveringThem() throws IOException {
        List<JsonNode> seenByFinish = new ArrayList<>();
        List<JsonNode> seenByFinalized = new ArrayList<>();
        AnalyzeRun.Finisher finisher = new AnalyzeRun.Finisher() {
            @Override
            public AnalyzeRun.ReportStages finish(Path work) {
                seenByFinish.add(read(work));
                long t0 = System.nanoTime();
                sleep(50);
                double statistics = (System.nanoTime() - t0) / 1e9;
                sleep(50);
                double charts = (System.nanoTime() - t0) / 1e9 - statistics;
                return new AnalyzeRun.ReportStages(statistics, charts, 0.0);
            }

            @Override
            public void finalized(Path work) {
                seenByFinalized.add(read(work));
            }
        };
        RunSummary sum = run(tmp.resolve("run"), finisher);
        assertEquals(4, sum.articles());

        // while the report is made, run.json holds the per-article phase; its report-side stages are null
        JsonNode before = seenByFinish.get(0).get("stages");
        assertEquals(KEYS, fieldNames(before));
        assertTrue(before.get("statistics_wall_seconds").isNull());
        assertTrue(before.get("charts_wall_seconds").isNull());
        assertTrue(before.get("report_wall_seconds").isNull());
        assertEquals(before.get("articles_wall_seconds").asDouble(), seenByFinish.get(0).get("wall_seconds").asDouble());

        JsonNode json = read(sum.folder());
        assertEquals(seenByFinalized.get(0), json, "run.json was final when finalized was called");
        JsonNode st = json.get("stages");
        assertEquals(KEYS, fieldNames(st));
        for (String k : KEYS) {
            assertTrue(st.get(k).isNumber() && st.get(k).asDouble() >= 0, k + " = " + st.get(k));
        }
        // four articles through a model that sleeps 30 ms each: at least 0.12 thread-seconds in the model stage
        assertTrue(st.get("models_thread_seconds").asDouble() >= 4 * MODEL_SLEEP_MILLIS / 1000.0 - 0.001,
                st.toString());
        assertTrue(st.get("features_thread_seconds").asDouble() > 0, st.toString());
        assertTrue(st.get("read_clean_thread_seconds").asDouble() > 0, st.toString());
        assertTrue(st.get("statistics_wall_seconds").asDouble() >= 0.05, st.toString());
        assertTrue(st.get("charts_wall_seconds").asDouble() >= 0.05, st.toString());
        assertEquals(0.0, st.get("report_wall_seconds").asDouble());
        double wall = json.get("wall_seconds").asDouble();
        double reportSide = st.get("statistics_wall_seconds").asDouble() + st.get("charts_wall_seconds").asDouble()
                + st.get("report_wall_seconds").asDouble();
        // each value is rounded to the millisecond
        assertTrue(wall + 0.002 >= st.get("articles_wall_seconds").asDouble() + reportSide,
                "wall " + wall + " covers the per-article phase and the report: " + st);
        assertTrue(wall > seenByFinish.get(0).get("wall_seconds").asDouble());
        assertEquals(wall, Math.round(sum.wallSeconds() * 1000) / 1000.0);
        assertTrue(Files.notExists(sum.folder().resolve("run.json.tmp")));
    }

    @Test
    void aRunWithoutReportHasNullReportStages() throws IOException {
        RunSummary sum = run(tmp.resolve("run"), work -> null);
        JsonNode json = read(sum.folder());
        JsonNode st = json.get("stages");
        assertEquals(KEYS, fieldNames(st));
        for (String k : KEYS.subList(0, 4)) {
            assertTrue(st.get(k).isNumber() && st.get(k).asDouble() >= 0, k + " = " + st.get(k));
        }
        for (String k : KEYS.subList(4, 7)) {
            assertTrue(st.get(k).isNull(), k + " = " + st.get(k));
        }
        assertTrue(json.get("wall_seconds").asDouble() >= st.get("articles_wall_seconds").asDouble());
        assertEquals(null, sum.stages().report());
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read(Path dir) {
        try {
            return JSON.readTree(dir.resolve("run.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
