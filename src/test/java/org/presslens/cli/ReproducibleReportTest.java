package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of the same input give report.html files that are identical byte for byte outside the one marked run
 * block, whose values are those of each run's run.json.
 */
class ReproducibleReportTest {
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- run: values from run\\.json -->\n(.*?)<!-- /run -->\n", Pattern.DOTALL);

    @TempDir
    Path tmp;

    @Test
    void sameInputGivesTheSameReportApartFromTheMarkedRunBlock() throws Exception {
        Path a = tmp.resolve("first");
        Path b = tmp.resolve("elsewhere").resolve("second");
        assertEquals(0, Main.execute("analyze", "--out", a.toString(), "--threads", "1"));
        assertEquals(0, Main.execute("analyze", "--out", b.toString(), "--threads", "2", "--keep-text"));
        String ha = Files.readString(a.resolve("report.html"), StandardCharsets.UTF_8);
        String hb = Files.readString(b.resolve("report.html"), StandardCharsets.UTF_8);
        assertEquals(withoutRunBlock(ha), withoutRunBlock(hb));
        assertTrue(!ha.equals(hb), "the run blocks differ (commands, times)");
        for (Path run : new Path[] {a, b}) {
            String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
            JsonNode json = new ObjectMapper().readTree(run.resolve("run.json").toFile());
            Matcher m = BLOCK.matcher(html);
            assertTrue(m.find());
            assertEquals("<table class=\"kv\">\n"
                    + "<tr><th>Command</th><td>" + json.get("command").asText() + "</td></tr>\n"
                    + "<tr><th>Engine</th><td>threads (" + json.get("threads").asText() + ")</td></tr>\n"
                    + "<tr><th>Started</th><td>" + json.get("started").asText() + "</td></tr>\n"
                    + "<tr><th>Finished</th><td>" + json.get("finished").asText() + "</td></tr>\n"
                    + "<tr><th>Wall time (s)</th><td>" + json.get("wall_seconds").asText() + "</td></tr>\n"
                    + "</table>\n", m.group(1));
            assertTrue(html.contains("<p class=\"note\">Folder: models/reliability</p>"), "model folder inside the run");
            // the methods table and chart titles come from the declared features (features.csv)
            assertTrue(html.contains("<tr><td class=\"mono\">hedging.hedge_rate</td><td>Hedge rate</td><td>per 1,000"
                    + " words</td><td>hedges × 1000 / words</td></tr>"), "declared features in the methods section");
            assertTrue(html.contains("Attribution density by outlet: mean with 95 % CI"), "chart title from the label");
            assertTrue(!html.contains("(not declared in this run)"), "every feature column declared");
        }
    }

    /** The page with its one run block removed; fails unless there is exactly one. */
    static String withoutRunBlock(String html) {
        Matcher m = BLOCK.matcher(html);
        assertTrue(m.find(), "no run block");
        String rest = html.substring(0, m.start()) + html.substring(m.end());
        assertTrue(!BLOCK.matcher(rest).find() && !rest.contains("values from run.json"), "more than one run block");
        return rest;
    }
}
