package org.presslens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.charts.ChartFormat;
import org.presslens.testing.FewArticlesRun;
import org.presslens.testing.SyntheticRun;

/** Few articles per outlet: the articles side by side, no tables of untested features, no intervals for n = 1. */
class SideBySideTest {
    static final ReportOptions OPTS = ReportOptions.defaults().withFormats(EnumSet.noneOf(ChartFormat.class));
    @TempDir
    static Path tmp;
    static String html;
    static String section;

    @BeforeAll
    static void writeReport() throws Exception {
        Path run = FewArticlesRun.write(tmp.resolve("seeds"));
        RunReporter.write(run, OPTS);
        html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        section = html.substring(html.indexOf("<section id=\"articles\">"), html.indexOf("<section id=\"comparison\">"));
    }

    @Test
    void oneColumnPerArticleWithOutletTitleMeasuresQuotesAndTerms() {
        assertTrue(html.contains("<a href=\"#articles\">Articles</a>"), "nav");
        String head = section.substring(section.indexOf("<thead>"), section.indexOf("</thead>"));
        assertEquals("<thead><tr><th></th><th>Alpha Times</th><th>Beta Post</th><th>Delta Daily</th>"
                + "<th>Epsilon News</th><th>Gamma Wire</th></tr>", head);
        assertTrue(section.contains("<b>Leaders meet, version 2 &lt;b&gt;bold&lt;/b&gt;</b>"), "escaped title");
        assertTrue(section.contains("<tr><th>attribution.density</th><td class=\"num\">20</td>"), section);
        assertTrue(section.contains("<tr><th>Predicted reliability</th><td>high</td><td>mixed-or-low</td>"), section);
        assertTrue(section.contains("<li>“ties at their best, take 0” <span class=\"ci\">— <b>Speaker 0</b>, said"
                + " (partial)</span></li>"), section);
        assertTrue(section.contains("Terms in quotation marks: “no limits”"), section);
        // the article without a quotation with a speaker (Epsilon News) says so
        assertTrue(section.contains("<td><p class=\"note\">Terms in quotation marks: “no limits”</p></td>"), section);
        // framing terms only (no hedges), matched forms counted together, by category
        assertTrue(section.contains("<div><b>conflict</b>: war0</div><div><b>partnership</b>: no limits ×2</div>"),
                section);
        assertFalse(section.contains(">may<"), "hedges are not framing terms");
        assertTrue(section.contains("Outlets with one article are not compared statistically"), section);
    }

    @Test
    void noUntestedRowsAndNoIntervalsForOneArticle() {
        String comparison = html.substring(html.indexOf("<section id=\"comparison\">"),
                html.indexOf("<section id=\"charts\">"));
        assertTrue(comparison.contains("<strong>Outlets with one article are not compared statistically.</strong>"));
        assertFalse(comparison.contains("fewer than two tested outlets have values</td>"), "no row per untested feature");
        assertFalse(comparison.contains("Kruskal–Wallis per feature"), comparison);
        assertFalse(comparison.contains("<span class=\"ci\">["), "no interval for n = 1: " + comparison);
        assertFalse(comparison.contains("needs at least two outlets and two labels with predictions</td>"), comparison);
        String charts = html.substring(html.indexOf("<section id=\"charts\">"), html.indexOf("<section id=\"models\">"));
        assertFalse(charts.contains("id=\"chart-feature-"), "no mean-with-interval chart of one article each");
        assertFalse(charts.contains("id=\"chart-box-"), "no box plot of one article each");
        assertTrue(charts.contains("charts of means with intervals and of distributions per outlet are left out"));
    }

    @Test
    void largeRunsHaveNoSideBySide() throws Exception {
        Path run = SyntheticRun.write(tmp.resolve("large"), 5, true);
        RunReporter.write(run, OPTS);
        String big = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(big.contains("<section id=\"articles\">"));
        assertTrue(big.contains("Kruskal–Wallis per feature"));
        assertTrue(big.contains("<span class=\"ci\">["), "intervals where n ≥ 2");
        assertTrue(big.contains("id=\"chart-feature-"), "mean-with-interval charts");
    }
}
