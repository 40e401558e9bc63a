package org.presslens.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.CsvCells;

/**
 * Small worked example. Expected values from scipy 1.10: kruskal(a, c) H = 0.010909090909095198,
 * p = 0.9168149485280722; mannwhitneyu(a, c, method="asymptotic") U = 13, p = 1.0; numpy mean/median/std(ddof=1)
 * of a = 2.84 / 2.9 / 0.2880972058177587; chi2_contingency([[4,1],[1,4]], correction=False) = 3.6,
 * p = 0.05777957112359715. Keyness and time bins by hand.
 */
class OutletComparisonTest {
    @TempDir
    Path dir;

    static final double[] A = {2.9, 3.0, 2.5, 2.6, 3.2};
    static final double[] C = {2.8, 3.4, 3.7, 2.2, 2.0};

    private Path writeRun() throws IOException {
        StringBuilder sb = new StringBuilder("id,source,outlet,date,title,byline,words,sentences,x.score,meta.gold,"
                + "pred.m,prob.m.yes\n");
        String[] predA = {"yes", "yes", "yes", "yes", "no"};
        String[] predC = {"no", "no", "no", "no", "yes"};
        for (int i = 0; i < 5; i++) {
            // "alpha times" and "Alpha Times" are merged by the canonicaliser
            sb.append(String.format(Locale.ROOT, "a%d,s,%s,%s,\"T, %d\",,100,5,%s,g,%s,0.5%n", i,
                    i % 2 == 0 ? "alpha times" : "Alpha Times", LocalDate.of(2024, 1, 1).plusDays(i * 10), i, A[i],
                    predA[i]));
        }
        for (int i = 0; i < 5; i++) {
            sb.append(String.format(Locale.ROOT, "c%d,s,Crow Post,2024-06-%02d,T,,300,5,%s,g,%s,0.5%n",
                    i, 1 + i, C[i], predC[i]));
        }
        sb.append("b0,s,Bee,,T,,100,5,9,g,,\n");
        sb.append("b1,s,Bee,not-a-date,T,,100,5,,g,yes,0.9\n");
        Files.writeString(dir.resolve("articles.csv"), sb.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("terms.csv"), "article_id,lexicon,category,term,matched,start,end\n"
                + "a0,fr,peace,Peace Plan,peace plan,0,10\n"
                + "a1,fr,peace,peace plan,peace-plan,0,10\n"
                + "a2,fr,peace,peace plan,peace plan,0,10\n"
                + "c0,fr,peace,peace plan,peace plan,0,10\n"
                + "c1,fr,war,clash,clash,0,5\n"
                + "zz,fr,war,clash,clash,0,5\n", StandardCharsets.UTF_8);
        return dir;
    }

    private static final UnaryOperator<String> CANON = s -> s.equalsIgnoreCase("alpha times") ? "Alpha Times" : s;

    private Comparison compare() throws IOException {
        writeRun();
        ArticleTable t = ArticleTable.read(dir.resolve("articles.csv"), CANON, CsvCells.RAW);
        return new OutletComparison(StatsConfig.defaults()).compare(t, dir.resolve("terms.csv"), CsvCells.RAW);
    }

    @Test
    void readsTheTable() throws IOException {
        writeRun();
        ArticleTable t = ArticleTable.read(dir.resolve("articles.csv"), CANON, CsvCells.RAW);
        assertEquals(List.of("Alpha Times", "Bee", "Crow Post"), t.outlets());
        assertEquals(List.of("words", "sentences", "x.score"), t.features());
        assertEquals(List.of("m"), List.copyOf(t.models()));
        assertEquals(12, t.size());
        assertTrue(Double.isNaN(t.value(2, 11)));
        assertEquals(null, t.date(11));
        assertEquals(LocalDate.of(2024, 1, 11), t.date(1));
    }

    @Test
    void badNumberNamesFileLineColumnAndValue() throws IOException {
        Files.writeString(dir.resolve("articles.csv"),
                "id,source,outlet,date,title,byline,words,sentences,x.score\na,s,o,,t,,100,5,1.5\nb,s,o,,t,,100,5,lots\n",
                StandardCharsets.UTF_8);
        StatsException e = assertThrows(StatsException.class,
                () -> ArticleTable.read(dir.resolve("articles.csv"), UnaryOperator.identity(), CsvCells.RAW));
        assertTrue(e.getMessage().contains("articles.csv line 3, column x.score: 'lots' is not a number"),
                e.getMessage());
    }

    @Test
    void summariesPerOutlet() throws IOException {
        Comparison c = compare();
        OutletRow alpha = c.outlets().stream()
                .filter(r -> r.outlet().equals("Alpha Times") && r.measure().equals("x.score")).findFirst().orElseThrow();
        assertEquals(5, alpha.articles());
        assertEquals("tested", alpha.status());
        assertEquals(5, alpha.n());
        assertEquals(2.84, alpha.mean(), 1e-12);
        assertEquals(2.9, alpha.median(), 1e-12);
        assertEquals(0.2880972058177587, alpha.sd(), 1e-12);
        assertTrue(alpha.ciLow() < 2.84 && 2.84 < alpha.ciHigh());
        assertTrue(alpha.ciLow() >= 2.5 && alpha.ciHigh() <= 3.2);
        OutletRow bee = c.outlets().stream()
                .filter(r -> r.outlet().equals("Bee") && r.measure().equals("x.score")).findFirst().orElseThrow();
        assertEquals("not tested: 2 articles, fewer than 5", bee.status());
        assertEquals(1, bee.n());
        assertEquals(9, bee.mean(), 0);
        OutletRow share = c.outlets().stream().filter(r -> r.outlet().equals("Alpha Times")
                && r.kind().equals(OutletRow.LABEL) && r.label().equals("yes")).findFirst().orElseThrow();
        assertEquals(4, share.count());
        assertEquals(0.8, share.mean(), 1e-12);
        OutletRow beeShare = c.outlets().stream().filter(r -> r.outlet().equals("Bee")
                && r.kind().equals(OutletRow.LABEL) && r.label().equals("yes")).findFirst().orElseThrow();
        assertEquals(1, beeShare.n()); // the article without a prediction does not count
    }

    @Test
    void testsLeaveSmallOutletsOut() throws IOException {
        Comparison c = compare();
        TestRow not = c.tests().stream().filter(r -> r.test().equals("not_tested")).findFirst().orElseThrow();
        assertEquals("Bee", not.groupA());
        assertTrue(not.note().startsWith("not tested: 2 articles, fewer than 5"));
        TestRow kw = c.tests().stream().filter(r -> r.test().equals("kruskal_wallis") && r.measure().equals("x.score"))
                .findFirst().orElseThrow();
        assertEquals(0.010909090909095198, kw.statistic(), 1e-12);
        assertEquals(0.9168149485280722, kw.p(), 1e-10);
        assertEquals(1, kw.df(), 0);
        assertEquals(10, kw.nA());
        List<TestRow> mw = c.tests().stream().filter(r -> r.test().equals("mann_whitney")
                && r.measure().equals("x.score")).toList();
        assertEquals(1, mw.size());
        assertEquals("Alpha Times", mw.get(0).groupA());
        assertEquals("Crow Post", mw.get(0).groupB());
        assertEquals(13, mw.get(0).statistic(), 1e-12);
        assertEquals(1.0, mw.get(0).p(), 1e-12);
        assertEquals(1.0, mw.get(0).pHolm(), 1e-12);
        // Cliff's delta = 2U/(n1 n2) - 1 = 26/25 - 1
        assertEquals(0.04, mw.get(0).effectSize(), 1e-12);
        TestRow chi = c.tests().stream().filter(r -> r.test().equals("chi_square")).findFirst().orElseThrow();
        assertEquals("pred.m", chi.measure());
        assertEquals(3.6, chi.statistic(), 1e-12);
        assertEquals(0.05777957112359715, chi.p(), 1e-10);
        assertEquals(Math.sqrt(0.36), chi.effectSize(), 1e-12);
        assertTrue(chi.note().contains("4 of 4 cells have expected counts below 5"));
    }

    @Test
    void keynessAgainstTheRest() throws IOException {
        Comparison c = compare();
        KeynessRow peace = c.keyness().stream().filter(r -> r.outlet().equals("Alpha Times")
                && r.term().equals("peace plan")).findFirst().orElseThrow();
        // Alpha: 3 matches in 500 words; rest: 1 match in 1500 + 200 words; "zz" is not an article
        assertEquals(3, peace.targetCount());
        assertEquals(1, peace.referenceCount());
        assertEquals(500, peace.targetWords());
        assertEquals(1700, peace.referenceWords());
        assertEquals(Keyness.g2(3, 1, 500, 1700), peace.g2(), 1e-12);
        assertEquals("+", peace.direction());
        KeynessRow war = c.keyness().stream().filter(r -> r.outlet().equals("Alpha Times")
                && r.category().equals("war") && r.term().equals("*")).findFirst().orElseThrow();
        assertEquals(0, war.targetCount());
        assertEquals(1, war.referenceCount());
        assertEquals("-", war.direction());
        assertTrue(c.keyness().stream().noneMatch(r -> r.outlet().equals("Bee")));
    }

    @Test
    void timeSeriesByMonthWhenTheSpanIsLong() throws IOException {
        Comparison c = compare();
        assertEquals("month", c.timeBin()); // 2024-01-01 .. 2024-06-05 spans more than 120 days
        List<String> periods = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TimeRow r : c.timeseries()) {
            periods.add(r.outlet() + " " + r.period());
            counts.put(r.outlet() + " " + r.period(), r.articles());
        }
        assertEquals(List.of("Alpha Times 2024-01", "Alpha Times 2024-02", "Crow Post 2024-06"), periods);
        assertEquals(4, counts.get("Alpha Times 2024-01"));
        TimeRow feb = c.timeseries().get(1);
        assertEquals(A[4], feb.means()[2], 1e-12);
    }

    @Test
    void weekLabels() {
        LocalDate d = LocalDate.of(2024, 3, 14); // a Thursday in ISO week 11
        LocalDate start = OutletComparison.periodStart(d, "week");
        assertEquals(LocalDate.of(2024, 3, 11), start);
        assertEquals("2024-W11", OutletComparison.periodLabel(start, "week"));
        assertEquals("2024-03", OutletComparison.periodLabel(OutletComparison.periodStart(d, "month"), "month"));
        assertEquals(LocalDate.of(2024, 1, 1), OutletComparison.periodStart(d, "quarter"));
        assertEquals("2024-Q1", OutletComparison.periodLabel(LocalDate.of(2024, 1, 1), "quarter"));
        assertEquals("2024-Q4", OutletComparison.periodLabel(OutletComparison.periodStart(LocalDate.of(2024, 12, 31),
                "quarter"), "quarter"));
        assertEquals("2024", OutletComparison.periodLabel(OutletComparison.periodStart(d, "year"), "year"));
        // ISO week 1 of 2025 starts on Monday 2024-12-30
        assertEquals("2025-W01", OutletComparison.periodLabel(OutletComparison.periodStart(LocalDate.of(2025, 1, 1),
                "week"), "week"));
    }

    @Test
    void writesTheTables() throws IOException {
        Comparison c = compare();
        StatsWriter.write(c, dir, CsvCells.RAW);
        List<String> tests = Files.readAllLines(dir.resolve("tests.csv"));
        assertEquals("test,measure,group_a,group_b,n_a,n_b,statistic,df,p,p_holm,effect,effect_size,note",
                tests.get(0));
        assertTrue(Files.readString(dir.resolve("outlets.csv")).contains(
                "Alpha Times,5,tested,feature,x.score,,5,2.84,2.9,0.288097,"));
        assertTrue(Files.exists(dir.resolve("keyness.csv")));
        assertTrue(Files.readAllLines(dir.resolve("timeseries.csv")).get(0)
                .startsWith("outlet,bin,period,period_start,articles,mean.words,"));
    }
}
