package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.Settings;

/**
 * The feature documentation agrees with what the extractors declare: every declared feature has a row in a
 * {@code | feature | label | definition | unit |} table of docs/features.md or docs/attribution-and-quotes.md
 * with the same label and unit, and every such row names features that exist.
 */
class FeatureDocsTest {
    private static final List<Path> DOCS = List.of(Path.of("docs", "features.md"),
            Path.of("docs", "attribution-and-quotes.md"));
    private static final Pattern PLACEHOLDER = Pattern.compile("<([a-z]+)>");

    @TempDir
    Path dir;

    /** One documented feature: a name or a pattern with {@code <placeholder>}s, its label and unit(s). */
    record DocRow(String file, String name, String label, List<String> units) {
        /** The placeholder values when {@code feature} is one of this row's names, else null. */
        List<String> match(String feature) {
            Matcher m = PLACEHOLDER.matcher(name);
            StringBuilder regex = new StringBuilder();
            int at = 0;
            while (m.find()) {
                regex.append(Pattern.quote(name.substring(at, m.start())));
                regex.append(m.group(1).equals("d") ? "([^.]+)" : "(.+?)");
                at = m.end();
            }
            regex.append(Pattern.quote(name.substring(at)));
            Matcher f = Pattern.compile(regex.toString()).matcher(feature);
            if (!f.matches()) {
                return null;
            }
            List<String> values = new ArrayList<>();
            for (int g = 1; g <= f.groupCount(); g++) {
                values.add(f.group(g));
            }
            return values;
        }

        String labelFor(List<String> values) {
            Matcher m = PLACEHOLDER.matcher(name);
            String out = label;
            int k = 0;
            while (m.find()) {
                out = out.replace(m.group(), values.get(k++));
            }
            return out;
        }

        boolean isPattern() {
            return name.contains("<");
        }
    }

    static List<DocRow> rows() throws IOException {
        List<DocRow> rows = new ArrayList<>();
        for (Path doc : DOCS) {
            boolean inTable = false;
            for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.startsWith("|")) {
                    inTable = false;
                    continue;
                }
                List<String> cells = Arrays.stream(t.substring(1, t.length() - 1).split("\\|", -1))
                        .map(String::strip).toList();
                if (cells.equals(List.of("feature", "label", "definition", "unit"))) {
                    inTable = true;
                } else if (inTable && cells.get(0).startsWith("`")) {
                    assertEquals(4, cells.size(), doc + ": " + line);
                    String name = cells.get(0);
                    assertTrue(name.matches("`[^`]+`"), doc + ": one feature per row: " + line);
                    rows.add(new DocRow(doc.toString(), name.substring(1, name.length() - 1), cells.get(1),
                            List.of(cells.get(3).split("; "))));
                }
            }
        }
        return rows;
    }

    /** The text counts, the built-in pipeline and a dictionary in each unit: every kind of declared feature. */
    private List<FeatureInfo> declared() throws IOException {
        Path dic = dir.resolve("Mini-Dict.dic");
        Files.writeString(dic, "%\n1 posemo\n2 negemo\n%\ngood 1\nbad* 2\n");
        List<FeatureInfo> all = new ArrayList<>(FeaturePipeline.TEXT_COUNTS);
        for (DictionaryExtractor.Unit u : DictionaryExtractor.Unit.values()) {
            all.addAll(new FeaturePipeline(Settings.builtIn(), List.of(dic), u).features());
        }
        return all;
    }

    @Test
    void everyDeclaredFeatureIsDocumentedWithItsLabelAndUnit() throws IOException {
        List<DocRow> rows = rows();
        assertTrue(rows.size() > 40, "documented features found: " + rows.size());
        for (FeatureInfo f : declared()) {
            DocRow row = rows.stream().filter(r -> !r.isPattern() && r.name().equals(f.name())).findFirst()
                    .orElseGet(() -> rows.stream().filter(r -> r.isPattern() && r.match(f.name()) != null)
                            .max((a, b) -> Integer.compare(a.name().length(), b.name().length())).orElse(null));
            assertTrue(row != null, f.name() + " is declared but has no row in " + DOCS);
            assertEquals(row.labelFor(row.match(f.name())), f.label(), row.file() + ": label of " + f.name());
            assertTrue(row.units().contains(f.unit()), row.file() + ": unit of " + f.name() + " is '" + f.unit()
                    + "', documented " + row.units());
            assertFalse(f.definition().isBlank(), f.name() + ": no definition");
        }
    }

    @Test
    void everyDocumentedFeatureExists() throws IOException {
        List<FeatureInfo> declared = declared();
        Set<String> names = new HashSet<>(declared.stream().map(FeatureInfo::name).toList());
        for (DocRow r : rows()) {
            boolean exists = r.isPattern() ? names.stream().anyMatch(n -> r.match(n) != null) : names.contains(r.name());
            assertTrue(exists, r.file() + " documents '" + r.name() + "', which no extractor declares");
        }
    }

    @Test
    void theTestReadsPatternsAsTheDocsMeanThem() {
        DocRow framing = new DocRow("d", "framing.<category>_count", "Framing terms: <category>", List.of("count"));
        assertEquals(List.of("peace_broker"), framing.match("framing.peace_broker_count"));
        assertEquals("Framing terms: peace_broker", framing.labelFor(List.of("peace_broker")));
        DocRow dic = new DocRow("d", "dic.<d>.<c>", "<d>: <c>", List.of("count"));
        assertEquals(List.of("liwc", "social.family"), dic.match("dic.liwc.social.family"));
        assertEquals(null, dic.match("framing.conflict"));
    }
}
