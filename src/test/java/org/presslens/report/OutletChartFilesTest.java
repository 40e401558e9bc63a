package org.presslens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.charts.ChartFormat;
import org.presslens.charts.ChartNames;
import org.presslens.stats.StatsConfig;
import org.presslens.testing.SyntheticRun;

/** Outlets whose names share an ASCII slug (or have none) get their own keyness chart, linked from the report. */
class OutletChartFilesTest {
    static final List<String> NAMES = List.of("新华社", "الجزيرة", "Спутник", "a/b", "a b");

    @TempDir
    Path run;

    private static List<CSVRecord> rows(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getRecords();
        }
    }

    @Test
    void everyOutletHasItsOwnKeynessChartAndTheReportLinksToIt() throws Exception {
        SyntheticRun.write(run, 7, true);
        String articles = Files.readString(run.resolve("articles.csv"));
        List<String> synthetic = new java.util.ArrayList<>(SyntheticRun.OUTLETS);
        synthetic.add(SyntheticRun.SMALL_OUTLET);
        for (int i = 0; i < synthetic.size(); i++) {
            articles = articles.replace(synthetic.get(i), NAMES.get(i));
        }
        Files.writeString(run.resolve("articles.csv"), articles);
        StatsConfig d = StatsConfig.defaults();
        ReportOptions opts = ReportOptions.defaults().withFormats(EnumSet.noneOf(ChartFormat.class))
                .withStats(new StatsConfig(3, 200, d.seed(), d.confidence(), d.timeBin(), d.alpha(), List.of(),
                        d.maxPairwiseOutlets()));
        RunReporter.write(run, opts);

        List<String> files;
        try (var s = Files.list(run.resolve("charts"))) {
            files = s.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("keyness-")).sorted().toList();
        }
        assertEquals(List.of("keyness-13e9175c.csv", "keyness-34a968ac.csv", "keyness-a-b-c14cddc0.csv",
                "keyness-a-b-c8687a08.csv", "keyness-b8be4ac9.csv"), files);

        // the figure titled with an outlet links to that outlet's file, whose first bar is the outlet's top term
        Map<String, String> top = new TreeMap<>();
        rows(run.resolve("keyness.csv")).stream().filter(r -> r.get("direction").equals("+") && !r.get("term").equals("*"))
                .sorted(Comparator.comparingDouble((CSVRecord r) -> -Double.parseDouble(r.get("g2"))))
                .forEach(r -> top.putIfAbsent(r.get("outlet"), r.get("term") + " (" + r.get("category") + ")"));
        String html = Files.readString(run.resolve("report.html"));
        Matcher m = Pattern.compile("(?s)<figure id=\"chart-(keyness-[^\"]+)\"><img alt=\"Key framing terms: (.+?) vs all "
                + "other outlets\".*?<a href=\"charts/([^\"]+)\\.csv\">data</a>").matcher(html);
        int figures = 0;
        while (m.find()) {
            String outlet = m.group(2);
            assertEquals(ChartNames.ofOutlet("keyness", outlet), m.group(1), outlet);
            assertEquals(m.group(1), m.group(3));
            assertEquals(top.get(outlet), rows(run.resolve("charts").resolve(m.group(3) + ".csv")).get(0).get("category"),
                    outlet);
            figures++;
        }
        assertEquals(NAMES.size(), figures, html.length() + " chars of html");
        assertTrue(top.keySet().containsAll(NAMES), top.toString());
    }
}
