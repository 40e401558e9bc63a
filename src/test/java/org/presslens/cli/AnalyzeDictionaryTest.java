package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.testing.CliRuns;

/**
 * {@code analyze --dictionary} with a quanteda YAML and a LIWC .dic dictionary: their categories are features (as
 * percentages with {@code --dictionary-percent}), their matches rows of terms.csv, the default models stay, and
 * features.csv declares every feature column.
 */
class AnalyzeDictionaryTest {
    @TempDir
    Path tmp;

    private static final String ARTICLE = "Officials said on Monday that the new tax on fuel would help the "
            + "economy, and traders in the United States were happy about it. Critics said the tax was bad news for "
            + "families, although the government said the plan was good for jobs and would lower other taxes.";

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        return in;
    }

    @Test
    void dictionaryMatchesAreTermsRowsAndPercentages() throws IOException {
        Path in = corpus();
        Path yml = tmp.resolve("mood.yml");
        Files.writeString(yml, """
                positive:
                - good
                - happ*
                negative:
                - bad
                economy:
                  taxation:
                  - tax*
                  places:
                  - united states
                """);
        Path dic = tmp.resolve("mini.dic");
        Files.writeString(dic, "%\n1 posemo\n%\ngood 1\nhapp* 1\n");
        Path out = tmp.resolve("run");
        String err = CliRuns.run(0, "analyze", in.toString(), "--out", out.toString(), "--threads", "1", "--no-report",
                "--dictionary", yml.toString(), "--dictionary", dic.toString(), "--dictionary-percent");
        assertFalse(err.contains("warning"), err);

        List<Map<String, String>> articles = rows(out.resolve("articles.csv"));
        assertEquals(1, articles.size());
        Map<String, String> a = articles.get(0);
        double words = Double.parseDouble(a.get("words"));
        assertEquals(2 * 100.0 / words, Double.parseDouble(a.get("dic.mood.positive")), 1e-4);
        assertEquals(1 * 100.0 / words, Double.parseDouble(a.get("dic.mood.negative")), 1e-4);
        assertEquals(3 * 100.0 / words, Double.parseDouble(a.get("dic.mood.economy.taxation")), 1e-4);
        assertEquals(1 * 100.0 / words, Double.parseDouble(a.get("dic.mood.economy.places")), 1e-4);
        assertEquals(2 * 100.0 / words, Double.parseDouble(a.get("dic.mini.posemo")), 1e-4);
        assertTrue(a.containsKey("pred.reliability"), "the default models stay: " + a.keySet());
        assertTrue(a.keySet().stream().anyMatch(k -> k.startsWith("pred.framing")), a.keySet().toString());

        // features.csv: the text counts and every feature column of articles.csv, in its order, as declared
        List<String> featureColumns = a.keySet().stream().filter(k -> k.equals("words") || k.equals("sentences")
                || k.contains(".") && !k.startsWith("meta.") && !k.startsWith("pred.") && !k.startsWith("prob.")).toList();
        List<String> header = List.copyOf(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(out.resolve("articles.csv"))).getHeaderNames());
        List<Map<String, String>> declared = rows(out.resolve("features.csv"));
        assertEquals(header.stream().filter(featureColumns::contains).toList(),
                declared.stream().map(r -> r.get("feature")).toList());
        Map<String, String> taxation = declared.stream().filter(r -> r.get("feature").equals(
                "dic.mood.economy.taxation")).findFirst().orElseThrow();
        assertEquals("mood: economy.taxation", taxation.get("label"));
        assertEquals("percent of words", taxation.get("unit"));
        assertEquals("matches of category economy.taxation of dictionary mood × 100 / words",
                taxation.get("definition"));
        Map<String, String> density = declared.stream().filter(r -> r.get("feature").equals("attribution.density"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Attribution density", "per 1,000 words"), List.of(density.get("label"),
                density.get("unit")));

        List<String> terms = new ArrayList<>();
        for (Map<String, String> r : rows(out.resolve("terms.csv"))) {
            if (r.get("lexicon").equals("mood") || r.get("lexicon").equals("mini")) {
                assertEquals(r.get("matched"), ARTICLE.substring(Integer.parseInt(r.get("start")),
                        Integer.parseInt(r.get("end"))));
                terms.add(r.get("lexicon") + "|" + r.get("category") + "|" + r.get("term") + "|" + r.get("matched"));
            }
        }
        assertEquals(List.of("mood|economy.taxation|tax|tax", "mood|economy.places|united states|United States",
                "mood|positive|happ|happy", "mood|economy.taxation|tax|tax", "mood|negative|bad|bad",
                "mood|positive|good|good", "mood|economy.taxation|tax|taxes",
                "mini|posemo|happ|happy", "mini|posemo|good|good"), terms);
    }

    @Test
    void aMalformedQuantedaDictionaryIsRefusedBeforeAnyWork() throws IOException {
        Path in = corpus();
        Path yml = tmp.resolve("broken.yml");
        Files.writeString(yml, "positive:\n- good\neconomy:\n  taxation:\n  - [tax]\n");
        Path out = tmp.resolve("run");
        String err = CliRuns.run(2, "analyze", in.toString(), "--out", out.toString(), "--dictionary", yml.toString());
        assertTrue(err.contains(yml + " line 5: key 'economy.taxation': expected a pattern (a word or phrase), "
                + "found a list"), err);
        assertFalse(Files.exists(out));
    }

    private static List<Map<String, String>> rows(Path csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                rows.add(rec.toMap());
            }
        }
        return rows;
    }
}
