package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.report.ReportProgress;
import org.presslens.run.AnalyzeRun;
import org.presslens.run.RunSummary;

/**
 * {@code analyze} on the bundled sample corpus records the time of every stage in run.json, with a wall time that
 * covers the report; report.html shows run.json's final times; {@code report RUN} and {@code report --out} leave
 * run.json as analyze wrote it.
 */
class AnalyzeStagesTest {
    private static final List<String> KEYS = List.of("articles_wall_seconds", "read_clean_thread_seconds",
            "features_thread_seconds", "models_thread_seconds", "statistics_wall_seconds", "charts_wall_seconds",
            "report_wall_seconds");

    @TempDir
    Path tmp;

    @Test
    void runJsonHasEveryStageAndTheReportDoesNotChangeIt() throws IOException {
        Path run = tmp.resolve("run");
        assertEquals(0, Main.execute("analyze", "--out", run.toString(), "--threads", "2"));
        byte[] manifest = Files.readAllBytes(run.resolve("run.json"));
        JsonNode json = new ObjectMapper().readTree(manifest);
        JsonNode st = json.get("stages");
        List<String> names = new java.util.ArrayList<>();
        st.fieldNames().forEachRemaining(names::add);
        assertEquals(KEYS, names);
        for (String k : KEYS) {
            assertTrue(st.get(k).isNumber() && st.get(k).asDouble() >= 0, k + " = " + st.get(k));
        }
        // the bundled models are applied and every article is cleaned and scored
        assertTrue(st.get("models_thread_seconds").asDouble() > 0, st.toString());
        assertTrue(st.get("features_thread_seconds").asDouble() > 0, st.toString());
        assertTrue(st.get("read_clean_thread_seconds").asDouble() > 0, st.toString());
        assertTrue(st.get("charts_wall_seconds").asDouble() > 0, st.toString());
        double wall = json.get("wall_seconds").asDouble();
        double reportSide = st.get("statistics_wall_seconds").asDouble() + st.get("charts_wall_seconds").asDouble()
                + st.get("report_wall_seconds").asDouble();
        assertTrue(wall >= reportSide, "wall " + wall + " covers the report-side stages " + st);
        assertTrue(wall + 0.002 >= st.get("articles_wall_seconds").asDouble() + reportSide,
                "wall " + wall + " covers the per-article phase and the report " + st);
        assertFalse(Files.exists(run.resolve("run.json.tmp")));

        // the page analyze wrote shows run.json's final times: rebuilding it from the run folder gives the same bytes
        byte[] page = Files.readAllBytes(run.resolve("report.html"));
        assertTrue(new String(page, StandardCharsets.UTF_8)
                .contains("<tr><th>Wall time (s)</th><td>" + json.get("wall_seconds").asText() + "</td></tr>"));
        assertEquals(0, Main.execute("report", run.toString()));
        assertArrayEquals(manifest, Files.readAllBytes(run.resolve("run.json")), "report RUN leaves run.json as it was");
        assertArrayEquals(page, Files.readAllBytes(run.resolve("report.html")));

        // report --out leaves the run folder untouched, run.json included
        Map<String, byte[]> files = snapshot(run);
        assertEquals(0, Main.execute("report", run.toString(), "--out", tmp.resolve("elsewhere").toString()));
        Map<String, byte[]> after = snapshot(run);
        assertEquals(files.keySet(), after.keySet());
        files.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        assertTrue(Files.isRegularFile(tmp.resolve("elsewhere").resolve("report.html")));
        assertFalse(Files.exists(tmp.resolve("elsewhere").resolve("run.json")));
    }

    @Test
    void summaryNamesEveryStage() {
        RunSummary.Stages st = new RunSummary.Stages(1.24, 0.31, 1.96, 0.72, new AnalyzeRun.ReportStages(0.2, 3.04, 0.14));
        assertEquals("presslens: stages: articles 1.2 s (thread-seconds: read + clean 0.3, features 2.0, models 0.7), "
                + "statistics 0.2 s, charts 3.0 s, report 0.1 s", AnalyzeCommand.stagesLine(st));
        assertEquals("presslens: stages: articles 1.2 s (thread-seconds: read + clean 0.3, features 2.0, models 0.7);"
                + " no report", AnalyzeCommand.stagesLine(new RunSummary.Stages(1.24, 0.31, 1.96, 0.72, null)));
    }

    @Test
    void plainProgressNamesTheReportStagesWithoutEscapeCodes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), Long.MAX_VALUE,
                new org.presslens.ingest.ReadProgress());
        d.stage(ReportProgress.STATISTICS);
        d.stage(ReportProgress.CHARTS);
        d.charts(0, 3);
        d.charts(1, 3);
        d.charts(2, 3);
        d.charts(3, 3);
        d.stage(ReportProgress.REPORT);
        String out = bytes.toString(StandardCharsets.UTF_8);
        // the charts' lines come at most every interval (here: never), besides the first and the last
        assertEquals(List.of("report: statistics (outlet comparison, tables)...", "report: charts 0/3",
                "report: charts 3/3", "report: report.html..."), out.lines().toList());
        assertFalse(out.contains("\u001b"), "no escape codes off a terminal");
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }
}
