package org.presslens.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.presslens.core.CsvCells;
import org.presslens.stats.ArticleTable;
import org.presslens.stats.Comparison;
import org.presslens.stats.KeynessRow;
import org.presslens.stats.ModelMetrics;
import org.presslens.stats.OutletComparison;
import org.presslens.stats.StatsConfig;
import org.presslens.testing.SyntheticRun;

/** Renders every chart of a synthetic run headless and checks the plotted series against the data. */
class ChartsTest {
    @Test
    void captionsQuoteTheHolmCorrectedPAsTheTestsTableDoes() {
        assertEquals("p(Holm) = 0.1342", ChartSet.pHolm(0.13421));
        assertEquals("p(Holm) < 0.0001", ChartSet.pHolm(1e-7));
    }

    @TempDir
    static Path run;
    static Comparison c;
    static List<ModelMetrics> models;
    static List<ChartSpec> specs;
    static final ChartRenderer RENDERER = new ChartRenderer(1000, 600);

    @BeforeAll
    static void setUp() throws Exception {
        SyntheticRun.write(run, 42, true);
        ArticleTable t = ArticleTable.read(run.resolve("articles.csv"), UnaryOperator.identity(), CsvCells.RAW);
        c = new OutletComparison(StatsConfig.defaults()).compare(t, run.resolve("terms.csv"), CsvCells.RAW);
        models = List.of(ModelMetrics.read("reliability", run.resolve("models/reliability")),
                ModelMetrics.read("framing", run.resolve("models/framing")));
        specs = new ChartSet(12).all(c, models);
    }

    private static ChartSpec spec(String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() ->
                new AssertionError("no chart " + name + " in " + specs.stream().map(ChartSpec::name).toList()));
    }

    /** Mean of a feature over an outlet's articles, computed here from the table's raw values. */
    private static double rawMean(String feature, String outlet) {
        ArticleTable t = c.table();
        int f = t.featureIndex(feature);
        double s = 0;
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.outlets().get(t.outletOf(i)).equals(outlet) && !Double.isNaN(t.value(f, i))) {
                s += t.value(f, i);
                n++;
            }
        }
        return s / n;
    }

    @Test
    void everyChartKindIsThere() {
        assertEquals(List.of("feature-attribution-density", "box-attribution-density", "feature-quotes-share-words",
                "box-quotes-share-words", "feature-hedging-hedge-rate", "box-hedging-hedge-rate",
                "feature-reliability-self-repetition", "box-reliability-self-repetition", "framing-heatmap",
                "labels-framing", "labels-reliability", "profile", "scatter-attribution-hedging",
                "keyness-daily-ledger-e8c123ef", "keyness-quick-clicks-network-b41dc4a2",
                "keyness-the-northern-provinces-evening-chronicle-weekly-observer-ced0e13a",
                "keyness-wire-service-one-1d3bab03",
                "timeseries-articles", "timeseries-attribution-density", "confusion-reliability", "f1-reliability",
                "f1-framing"), specs.stream().map(ChartSpec::name).toList());
    }

    @Test
    void everyChartRendersHeadlessWithTheSeriesOfItsData() {
        for (ChartSpec s : specs) {
            Chart<?, ?> chart = RENDERER.render(s);
            BufferedImage img = BitmapEncoder.getBufferedImage(chart);
            assertEquals(1000, img.getWidth(), s.name());
            assertEquals(600, img.getHeight(), s.name());
            if (s.data() instanceof BarData d) {
                CategoryChart cc = (CategoryChart) chart;
                for (BarData.Series ser : d.series()) {
                    CategorySeries cs = cc.getSeriesMap().values().stream()
                            .filter(x -> x.getName().equals(Labels.shorten(ser.name(), 28))).findFirst().orElseThrow();
                    List<Double> y = new ArrayList<>();
                    cs.getYData().forEach(v -> y.add(v == null ? Double.NaN : v.doubleValue()));
                    assertArrayEquals(ser.values(), y.stream().mapToDouble(Double::doubleValue).toArray(), 1e-12,
                            s.name() + " / " + ser.name());
                    assertEquals(d.categories().size(), cs.getXData().size());
                }
                long intervals = d.series().stream().filter(x -> x.low() != null).count();
                assertEquals(d.series().size() + intervals, cc.getSeriesMap().size(), s.name());
            } else if (s.data() instanceof BoxData d) {
                BoxChart bc = (BoxChart) chart;
                assertEquals(d.groups().size(), bc.getSeriesMap().size(), s.name());
                int g = 0;
                for (var bs : bc.getSeriesMap().values()) {
                    double[] expected = d.values().get(g++);
                    double[] got = bs.getYData().stream().mapToDouble(Number::doubleValue).toArray();
                    assertArrayEquals(expected, got, 0, s.name());
                }
            } else if (s.data() instanceof HeatData d) {
                HeatMapChart hc = (HeatMapChart) chart;
                List<? extends Number[]> cells = hc.getHeatMapSeries().getHeatData();
                int rows = d.ys().size();
                for (Number[] cell : cells) {
                    int x = cell[0].intValue();
                    int y = rows - 1 - cell[1].intValue(); // drawn bottom-up, first data row on top
                    assertEquals(d.values()[y][x], cell[2].doubleValue(), 0, s.name());
                }
                long present = Arrays.stream(d.values()).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v))
                        .count();
                assertEquals(present, cells.size(), s.name());
            } else if (s.data() instanceof XYData d) {
                XYChart xc = (XYChart) chart;
                assertEquals(d.series().size(), xc.getSeriesMap().size(), s.name());
                int k = 0;
                for (var xs : xc.getSeriesMap().values()) {
                    assertArrayEquals(d.series().get(k).y(), xs.getYData(), 1e-12, s.name());
                    if (!d.dates()) {
                        assertArrayEquals(d.series().get(k).x(), xs.getXData(), 1e-12, s.name());
                    }
                    k++;
                }
            }
        }
    }

    @Test
    void featureBarsAreTheOutletMeansWithTheirIntervals() {
        BarData d = (BarData) spec("feature-attribution-density").data();
        // Tiny Gazette (3 articles) is not tested, so not shown; outlets in name order
        assertEquals(SyntheticRun.OUTLETS.stream().sorted().toList(), d.categories());
        BarData.Series s = d.series().get(0);
        for (int k = 0; k < d.categories().size(); k++) {
            assertEquals(rawMean("attribution.density", d.categories().get(k)), s.values()[k], 1e-12);
            assertTrue(s.low()[k] < s.values()[k] && s.values()[k] < s.high()[k]);
        }
    }

    @Test
    void heatMapHoldsFramingRatesAndConfusionCounts() {
        HeatData h = (HeatData) spec("framing-heatmap").data();
        assertEquals(List.of("partnership", "accountability", "conflict", "multipolar"), h.ys());
        assertEquals(rawMean("framing.partnership", "Daily Ledger"), h.values()[0][0], 1e-12);
        HeatData cm = (HeatData) spec("confusion-reliability").data();
        assertEquals(List.of("high", "mixed-or-low"), cm.xs());
        assertArrayEquals(new double[] {96, 24}, cm.values()[0], 0);
        assertArrayEquals(new double[] {36, 44}, cm.values()[1], 0);
    }

    @Test
    void aMultiLabelModelGetsAConfusionRowPerLabel(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("metrics.json"), """
                {"kind": "multi-label", "rows": 324, "micro_f1": 0.65,
                 "per_label": {"conflict": {"precision": 0.733333, "recall": 0.850242, "f1": 0.787472, "support": 207,
                                            "predicted_rate": 0.740741, "training_rate": 0.638889},
                               "moral": {"precision": 0.789474, "recall": 0.483871, "f1": 0.6, "support": 31,
                                         "predicted_rate": 0.058642, "training_rate": 0.095679}}}
                """, java.nio.charset.StandardCharsets.UTF_8);
        ModelMetrics m = ModelMetrics.read("framing", dir);
        HeatData h = (HeatData) new ChartSet(12).confusion(m).orElseThrow().data();
        assertEquals(List.of("conflict", "moral"), h.ys());
        assertArrayEquals(new double[] {176, 31, 64, 53}, h.values()[0], 0); // 176 + 64 = 240 = 0.740741 * 324
        assertArrayEquals(new double[] {15, 16, 4, 289}, h.values()[1], 0);
    }

    @Test
    void singleLabelSharesStackToOneHundredPercent() {
        BarData d = (BarData) spec("labels-reliability").data();
        assertTrue(d.stacked());
        for (int k = 0; k < d.categories().size(); k++) {
            double sum = 0;
            for (BarData.Series s : d.series()) {
                sum += s.values()[k];
            }
            assertEquals(100, sum, 1e-9, d.categories().get(k));
        }
        assertTrue(!((BarData) spec("labels-framing").data()).stacked()); // multi-label: grouped, not stacked
    }

    @Test
    void keynessBarsAreSignedG2() {
        BarData d = (BarData) spec("keyness-daily-ledger-e8c123ef").data();
        List<KeynessRow> rows = c.keyness().stream().filter(r -> r.outlet().equals("Daily Ledger")).toList();
        for (int k = 0; k < d.categories().size(); k++) {
            String cat = d.categories().get(k);
            KeynessRow r = rows.stream().filter(x -> (x.term() + " (" + x.category() + ")").equals(cat)).findFirst()
                    .orElseThrow();
            double signed = d.series().get(0).values()[k] + d.series().get(1).values()[k];
            assertEquals(r.direction().equals("+") ? r.g2() : -r.g2(), signed, 1e-12, cat);
        }
        // the synthetic Daily Ledger leans on partnership terms
        assertEquals("no limits (partnership)", d.categories().get(0));
    }

    @Test
    void scatterAndTimeSeriesCoverTheArticles() {
        XYData sc = (XYData) spec("scatter-attribution-hedging").data();
        int points = sc.series().stream().mapToInt(s -> s.x().length).sum();
        assertEquals(63, points);
        assertEquals("other outlets", sc.series().get(sc.series().size() - 1).name());
        XYData ts = (XYData) spec("timeseries-articles").data();
        double articles = ts.series().stream().flatMapToDouble(s -> Arrays.stream(s.y())).sum();
        // 4 charted outlets × 15 articles, one undated in each; Tiny Gazette is not charted
        assertEquals(56, articles, 0);
    }

    @Test
    void writerWritesPngsSvgAndTheCsvOfThePlottedData(@TempDir Path out) throws Exception {
        ChartSpec s = spec("feature-attribution-density");
        List<Path> files = new ChartWriter(RENDERER, CsvCells.RAW).write(s, out, EnumSet.allOf(ChartFormat.class));
        assertEquals(List.of(out.resolve(s.name() + ".csv"), out.resolve(s.name() + ".png"),
                out.resolve(s.name() + "-300dpi.png"), out.resolve(s.name() + ".svg")), files);
        BufferedImage screen = ImageIO.read(out.resolve(s.name() + ".png").toFile());
        assertEquals(1000, screen.getWidth());
        BufferedImage print = ImageIO.read(out.resolve(s.name() + "-300dpi.png").toFile());
        assertEquals(Math.round(1000 * 300 / 72.0), print.getWidth(), 1);
        assertTrue(Files.readString(out.resolve(s.name() + ".svg")).contains("<svg"));
        List<String> csv = Files.readAllLines(out.resolve(s.name() + ".csv"), StandardCharsets.UTF_8);
        assertEquals("category,series,value,ci_low,ci_high", csv.get(0));
        assertEquals(5, csv.size());
        assertTrue(csv.get(3).startsWith("The Northern Provinces Evening Chronicle & Weekly Observer,mean,"), csv.get(3));
    }

    @Test
    void longNamesAreShortenedUniquely() {
        assertEquals("The Northern Provinces…", Labels.shorten("The Northern Provinces Evening Chronicle", 24));
        assertEquals("Short", Labels.shorten("Short", 24));
        assertEquals(List.of("Alpha Beta…", "Alpha Beta… (2)"),
                Labels.shorten(List.of("Alpha Beta Gamma", "Alpha Beta Delta"), 12));
        assertEquals("Abcdefghijk…", Labels.shorten("Abcdefghijklmnopqrstuvwxyz", 12)); // no space: cut at 11 + "…"
    }

    @Test
    void unitsComeFromTheFeatureDocumentation() {
        String docs = """
                | key | default | meaning |
                | --- | --- | --- |
                | `reliability.repetition_shingle` | 3 | shingle length |

                | feature | definition | unit |
                | --- | --- | --- |
                | `hedging.hedge_rate` | `hedges × 1000 / W` | per 1,000 words |
                | `framing.<category>` | matches × 1000 / `W` | per 1,000 words |
                | `framing.<category>_count` | matches of the category | count |
                | `reliability.fk_grade` | Flesch–Kincaid grade | US school grade |
                """;
        java.util.Map<String, String> units = FeatureLabels.unitsFromDocs(docs);
        assertEquals(4, units.size());
        assertEquals("US school grade", FeatureLabels.unit("reliability.fk_grade", units));
        assertEquals("count", FeatureLabels.unit("framing.conflict_count", units));
        assertEquals("per 1,000 words", FeatureLabels.unit("framing.conflict", units));
        assertEquals("reliability.fk_grade (US school grade)", FeatureLabels.axis("reliability.fk_grade", units));
        // undocumented: from the name, or nothing
        assertEquals("count per article", FeatureLabels.unit("framing.conflict_count"));
        assertEquals("mean of attribution.density", FeatureLabels.axis("attribution.density", units));
        assertEquals(List.of("framing.conflict"), ChartSet.framingRates(List.of("framing.conflict",
                "framing.conflict_count", "hedging.hedge_rate")));
    }
}
