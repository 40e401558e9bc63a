package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run in which no article survives still ends with its report (and no chart of articles), not a failure. */
class AnalyzeNothingAnalysedTest {

    @Test
    void aRunWithoutArticlesWritesItsReport(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(in.resolve("short.txt"), "Too short to analyse.");
        Files.writeString(in.resolve("empty.jsonl"), "");
        Path out = tmp.resolve("run");
        assertEquals(0, Main.execute("analyze", in.toString(), "--out", out.toString()));
        String report = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("<tr><th>Articles analysed</th><td>0</td></tr>"));
        assertTrue(report.contains("<tr><th>Skipped</th><td>2</td></tr>"));
        try (var charts = Files.list(out.resolve("charts"))) {
            assertTrue(charts.noneMatch(p -> p.getFileName().toString().startsWith("keyness")
                    || p.getFileName().toString().contains("density")), "no chart of articles when there are none");
        }
        assertEquals(0, Main.execute("plot", out.toString(), "--feature", "hedging.hedges"));
    }
}
