package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlet, id, title, byline and label values that a spreadsheet would run as formulas are written neutralised
 * ({@code '} prefix) to every CSV of a run, and read back exactly by {@code report}, {@code table} and
 * {@code train}; {@code --raw-csv} writes them as they are, and the run folder records which.
 */
class SpreadsheetSafeCsvTest {
    /** Outlet names that spreadsheets evaluate, one that already starts with {@code '}, and a plain one. */
    static final List<String> OUTLETS = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "-Northside Gazette",
            "'=already quoted", "@Home Weekly", "+Plus Courier", "Plain Daily");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;
    private static Path neutralised;

    /** One neutralised run shared by the tests that only read it (analyze with its report is the slow part). */
    @BeforeAll
    static void analyzeOnce() throws IOException {
        neutralised = analyze(shared, "run");
    }

    private static Path corpus(Path tmp) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (int o = 0; o < OUTLETS.size(); o++) {
            for (int k = 0; k < 3; k++) {
                String text = "The council said on Monday that the new bridge would open in June after repairs, and "
                        + "officials added that traffic would return to normal soon. " + "The clash over costs ".repeat(o + k)
                        + "Residents welcomed the plan in story " + o + " part " + k + ".";
                sb.append(json.writeValueAsString(java.util.Map.of("id", "=id" + o + k, "outlet", OUTLETS.get(o),
                        "title", "=1+1 headline " + o + k, "authors", "-Smith", "text", text,
                        "topic", k % 2 == 0 ? "=A" : "-B"))).append('\n');
            }
        }
        Path f = tmp.resolve("corpus.jsonl");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("cfg.yaml"), "stats:\n  min_outlet_articles: 2\n  bootstrap_samples: 100\n");
        return f;
    }

    private static Path analyze(Path tmp, String name, String... extra) throws IOException {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("analyze", corpus(tmp).toString(), "--out", out.toString(),
                "--config", tmp.resolve("cfg.yaml").toString(), "--no-models", "--threads", "2"));
        args.addAll(List.of(extra));
        assertEquals(0, Main.execute(args.toArray(new String[0])));
        return out;
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getRecords();
        }
    }

    private static List<String> column(Path csv, String col) throws IOException {
        return rows(csv).stream().map(r -> r.get(col)).toList();
    }

    private static boolean spreadsheetWouldEvaluate(String c) {
        return !c.isEmpty() && ("=@\t\r".indexOf(c.charAt(0)) >= 0
                || (c.charAt(0) == '+' || c.charAt(0) == '-') && c.length() > 1 && !NUMBER.matcher(c).matches());
    }

    @Test
    void everyCsvOfARunIsNeutralisedAndTheReportReadsTheNamesBackExactly() throws IOException {
        Path run = neutralised;
        assertEquals("neutralised", new ObjectMapper().readTree(run.resolve("run.json").toFile()).get("csv_cells").asText());
        List<CSVRecord> articles = rows(run.resolve("articles.csv"));
        assertEquals("'=id00", articles.get(0).get("id"));
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", articles.get(0).get("outlet"));
        assertEquals("'=1+1 headline 00", articles.get(0).get("title"));
        assertEquals("'-Smith", articles.get(0).get("byline"));
        assertEquals("'=A", articles.get(0).get("meta.topic"));
        assertEquals(List.of("'=HYPERLINK(\"http://evil.example\",\"click\")", "'-Northside Gazette",
                        "''=already quoted", "'@Home Weekly", "'+Plus Courier", "Plain Daily"),
                articles.stream().map(r -> r.get("outlet")).distinct().toList());

        List<Path> csvs;
        try (Stream<Path> s = Files.walk(run)) {
            csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(csvs.size() > 15, csvs.toString());
        assertTrue(csvs.stream().anyMatch(p -> p.getFileName().toString().startsWith("keyness-")), csvs.toString());
        for (Path csv : csvs) {
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                 CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
                for (CSVRecord rec : p) {
                    for (String cell : rec) {
                        assertFalse(spreadsheetWouldEvaluate(cell), csv + ": " + cell);
                    }
                }
            }
        }

        // the report (RunReporter, from the run's files) read articles.csv back: outlet names are exact in
        // outlets.csv (neutralised) and in report.html
        List<String> expected = new ArrayList<>(new TreeSet<>(OUTLETS));
        assertEquals(expected, column(run.resolve("outlets.csv"), "outlet").stream().distinct()
                .map(org.presslens.core.CsvCells.NEUTRALISED::read).sorted().toList());
        String html = Files.readString(run.resolve("report.html"));
        assertTrue(html.contains("<td>=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)</td>"), html);
        assertTrue(html.contains("<td>&#39;=already quoted</td>") || html.contains("<td>'=already quoted</td>"));
        assertFalse(html.contains("''=already quoted"));
    }

    @Test
    void rawCsvWritesCellsAsTheyAreAndIsRecordedInRunJson() throws IOException {
        Path run = analyze(tmp, "raw", "--raw-csv");
        assertEquals("raw", new ObjectMapper().readTree(run.resolve("run.json").toFile()).get("csv_cells").asText());
        assertEquals(OUTLETS, column(run.resolve("articles.csv"), "outlet").stream().distinct().toList());
        assertEquals(new ArrayList<>(new TreeSet<>(OUTLETS)),
                column(run.resolve("outlets.csv"), "outlet").stream().distinct().sorted().toList());
        assertEquals("=id00", column(run.resolve("articles.csv"), "id").get(0));
    }

    @Test
    void tableWritesArffThatWekaReadsWithTheCellsAsTheyAre() throws Exception {
        Path arff = tmp.resolve("table.arff.gz");
        assertEquals(0, Main.execute("table", neutralised.toString(), "--out", arff.toString()));
        weka.core.Instances data;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(arff))) {
            data = new weka.core.converters.ArffLoader.ArffReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)).getData();
        }
        List<String> outlets = column(neutralised.resolve("articles.csv"), "outlet");
        assertEquals(outlets.size(), data.numInstances());
        assertTrue(data.attribute("words").isNumeric());
        assertTrue(data.attribute("outlet").isString());
        assertEquals(null, data.attribute("title"), "text columns are left out, as in the CSV table");
        List<String> read = new ArrayList<>();
        for (int i = 0; i < data.numInstances(); i++) {
            read.add(data.instance(i).stringValue(data.attribute("outlet")));
        }
        assertEquals(OUTLETS, read.stream().distinct().toList(), "outlets as written, not spreadsheet-neutralised");
        assertEquals(2, Main.execute("table", neutralised.toString(), "--out", tmp.resolve("x.t").toString(),
                "--format", "xml"));
    }

    @Test
    void tableTrainAndPredictReadAndWriteTheirOwnCsvs() throws IOException {
        Path run = neutralised;
        Path table = tmp.resolve("table.csv");
        assertEquals(0, Main.execute("table", run.toString(), "--out", table.toString()));
        assertEquals(column(run.resolve("articles.csv"), "outlet"), column(table, "outlet"));
        Path rawTable = tmp.resolve("raw-table.csv");
        assertEquals(0, Main.execute("table", run.toString(), "--out", rawTable.toString(), "--raw-csv"));
        assertEquals(OUTLETS, column(rawTable, "outlet").stream().distinct().toList());

        // train reads the neutralised feature table back: its labels are =A and -B, not '=A and '-B
        Path model = tmp.resolve("model");
        assertEquals(0, Main.execute("train", "--data", table.toString(), "--label", "topic", "--folds", "0",
                "--out", model.toString()));
        assertEquals("[\"-B\",\"=A\"]", new ObjectMapper().readTree(model.resolve("provenance.json").toFile())
                .get("label_scheme").get("labels").toString());
        Path pred = tmp.resolve("pred.csv");
        assertEquals(0, Main.execute("predict", "--model", model.toString(), table.toString(), "--out", pred.toString()));
        assertEquals("id,outlet,pred.model,prob.model.-B,prob.model.=A", Files.readAllLines(pred).get(0));
        List<CSVRecord> p = rows(pred);
        assertEquals("'=id00", p.get(0).get("id"));
        assertTrue(p.stream().allMatch(r -> r.get("pred.model").equals("'=A") || r.get("pred.model").equals("'-B")));
        Path rawPred = tmp.resolve("raw-pred.csv");
        assertEquals(0, Main.execute("predict", "--model", model.toString(), table.toString(), "--out",
                rawPred.toString(), "--raw-csv"));
        assertEquals("=id00", rows(rawPred).get(0).get("id"));
        assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", rows(rawPred).get(0).get("outlet"));
    }
}
