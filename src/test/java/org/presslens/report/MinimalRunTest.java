package org.presslens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.charts.ChartFormat;

/** Run folders with little in them (no run.json, terms, models or dates) still get a report. */
class MinimalRunTest {
    static final ReportOptions OPTS = ReportOptions.defaults().withFormats(EnumSet.noneOf(ChartFormat.class));

    @Test
    void headerOnly(@TempDir Path run) throws Exception {
        Files.writeString(run.resolve("articles.csv"), "id,source,outlet,date,title,byline,words,sentences\n",
                StandardCharsets.UTF_8);
        ReportResult r = RunReporter.write(run, OPTS);
        assertEquals(0, r.articles());
        assertEquals(0, r.charts().size());
        String html = Files.readString(r.report());
        assertTrue(html.contains("<tr><th>Articles analysed</th><td>0</td></tr>"));
        assertTrue(Files.readString(run.resolve("keyness.csv")).startsWith("outlet,lexicon,category,term,"));
        assertTrue(!Files.exists(run.resolve("timeseries.csv")));
    }

    @Test
    void oneUnknownOutletWithoutDates(@TempDir Path run) throws Exception {
        Files.writeString(run.resolve("articles.csv"), "id,source,outlet,date,title,byline,words,sentences,hedging.rate\n"
                + "a,f,,,T,,100,5,1.5\nb,f,,,T,,200,8,\nc,f,,,T,,300,9,2.5\nd,f,,,T,,300,9,0\ne,f,,,T,,300,9,1\n",
                StandardCharsets.UTF_8);
        ReportResult r = RunReporter.write(run, OPTS);
        assertEquals(1, r.outlets());
        String outlets = Files.readString(run.resolve("outlets.csv"));
        assertTrue(outlets.contains("(no outlet),5,tested,feature,hedging.rate,,4,1.25,1.25,"), outlets);
        assertTrue(Files.readString(run.resolve("tests.csv")).contains("fewer than two tested outlets have values"));
        // bar and box chart of the one key feature; no profile (one outlet), keyness or time series
        assertEquals(2, r.charts().size());
    }
}
