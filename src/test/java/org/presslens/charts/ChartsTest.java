package org.presslens.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.presslens.core.CsvCells;
import org.presslens.features.FeatureInfo;
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

    @Test
    void printPngsAreTheChartAtTwiceItsSizeAndSay300Dpi(@TempDir Path dir) throws Exception {
        for (String name : List.of("feature-hedging-hedge-rate", "scatter-attribution-hedging", "framing-heatmap",
                "timeseries-articles")) {
            Path ours = dir.resolve(name + ".png");
            ChartWriter.writePrintPng(RENDERER.render(spec(name)), ours);
            // the reference: the same chart painted at twice its size through Java2D, as XChart paints it
            org.knowm.xchart.internal.chartpart.Chart<?, ?> chart = RENDERER.render(spec(name));
            BufferedImage want = new BufferedImage(2000, 1200, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = want.createGraphics();
            g.scale(2, 2);
            chart.paint(g, 1000, 600);
            g.dispose();
            BufferedImage a = javax.imageio.ImageIO.read(ours.toFile());
            assertEquals(List.of(2000, 1200), List.of(a.getWidth(), a.getHeight()), name);
            assertArrayEquals(want.getRGB(0, 0, 2000, 1200, null, 0, 2000), a.getRGB(0, 0, 2000, 1200, null, 0, 2000),
                    name + ": the pixels painted");
            // pHYs: 11811 pixels per metre (300 dpi) in both directions, unit metre: 6.7 × 4 inches
            byte[] png = Files.readAllBytes(ours);
            int at = indexOf(png, "pHYs".getBytes(StandardCharsets.US_ASCII));
            assertTrue(at > 0, "pHYs chunk");
            java.nio.ByteBuffer phys = java.nio.ByteBuffer.wrap(png, at + 4, 9);
            assertEquals(List.of(11811, 11811, 1), List.of(phys.getInt(), phys.getInt(), (int) phys.get()));
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        for (int i = 0; i + needle.length <= hay.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(hay, i, i + needle.length), needle)) {
                return i;
            }
        }
        return -1;
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
                "timeseries-articles", "timeseries-share", "timeseries-attribution-density", "confusion-reliability", "f1-reliability",
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
                XYChart bc = (XYChart) chart; // drawn as lines in the palette, not XChart's blue and red box plot
                for (int g = 0; g < d.groups().size(); g++) {
                    double[] v = Arrays.stream(d.values().get(g)).filter(x -> !Double.isNaN(x)).toArray();
                    if (v.length > 0) {
                        org.apache.commons.math3.stat.descriptive.rank.Percentile pc =
                                new org.apache.commons.math3.stat.descriptive.rank.Percentile();
                        pc.setData(v);
                        XYSeries box = bc.getSeriesMap().get("box " + g);
                        assertEquals(pc.evaluate(25), box.getYData()[0], 1e-12, s.name());
                        assertEquals(pc.evaluate(75), box.getYData()[2], 1e-12, s.name());
                        assertEquals(pc.evaluate(50), bc.getSeriesMap().get("median " + g).getYData()[0], 1e-12);
                    }
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
            } else if (s.data() instanceof DotData d) {
                XYChart xc = (XYChart) chart;
                // per row a dot (and a whisker where there is an interval), the top row first
                int n = d.categories().size();
                for (int k = 0; k < n; k++) {
                    XYSeries dot = xc.getSeriesMap().get("value " + k);
                    assertEquals(n - 1 - k, dot.getYData()[0], 0, s.name());
                    if (!Double.isNaN(d.values()[k])) {
                        assertEquals(d.values()[k], dot.getXData()[0], 1e-12, s.name());
                    }
                    XYSeries w = xc.getSeriesMap().get("interval " + k);
                    if (w != null) {
                        assertArrayEquals(new double[] {d.low()[k], d.high()[k]}, w.getXData(), 1e-12, s.name());
                    }
                }
            } else if (s.data() instanceof TimeData d) {
                CategoryChart cc = (CategoryChart) chart;
                for (TimeData.Series ser : d.series()) {
                    CategorySeries cs = cc.getSeriesMap().get(Labels.shorten(ser.name(), 28));
                    // each point at its period: the category is the period's label, or a blank between labels
                    List<?> x = new ArrayList<>(cs.getXData());
                    for (int p = 0; p < d.periods().size(); p++) {
                        String cat = (String) x.get(p);
                        assertTrue(cat.equals(d.periods().get(p)) || cat.isBlank(), s.name() + " " + cat);
                    }
                    assertEquals(d.periods().size(), new java.util.HashSet<>(x).size());
                    List<?> y = new ArrayList<>(cs.getYData());
                    for (int p = 0; p < d.periods().size(); p++) {
                        boolean drawnHere = !(d.partialLast() && p == d.periods().size() - 1);
                        double expected = drawnHere ? ser.values()[p] : Double.NaN;
                        Object got = y.get(p);
                        assertEquals(expected, got == null ? Double.NaN : ((Number) got).doubleValue(), 1e-12,
                                s.name() + " " + ser.name() + " " + d.periods().get(p));
                    }
                }
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
    void featureChartsAreDotsAndWhiskersSortedByMeanWithUnits() {
        for (String f : List.of("attribution.density", "hedging.hedge_rate", "quotes.share_words")) {
            DotData d = (DotData) spec(ChartNames.of("feature", f)).data();
            // all five outlets (the 12 largest), sorted by mean, the highest on top (first)
            assertEquals(5, d.categories().size());
            for (int k = 0; k < d.categories().size(); k++) {
                assertEquals(rawMean(f, d.categories().get(k)), d.values()[k], 1e-12);
                assertTrue(d.low()[k] <= d.values()[k] && d.values()[k] <= d.high()[k]);
                if (k > 0) {
                    assertTrue(d.values()[k - 1] >= d.values()[k], f + ": sorted by value");
                }
            }
        }
        ChartSet declared = new ChartSet(12, List.of(), java.util.Map.of("hedging.hedge_rate",
                new FeatureInfo("hedging.hedge_rate", "Hedge rate", FeatureInfo.PER_1000_WORDS, "hedges × 1000 / words")));
        ChartSpec bars = declared.featureBars(c, "hedging.hedge_rate");
        assertEquals("Hedge rate (per 1,000 words), mean per article", ((DotData) bars.data()).valueTitle());
        assertTrue(bars.title().startsWith("Hedge rate by outlet: mean with 95 % CI"), bars.title());
        assertTrue(bars.caption().contains("Column hedging.hedge_rate: hedges × 1000 / words."), bars.caption());
        // not declared: the column name, with the unit its name says
        assertEquals("quotes.share_words (share, 0–1), mean per article",
                ((DotData) spec("feature-quotes-share-words").data()).valueTitle());
    }

    /** The outlets a chart shows, without the "other outlets" group. */
    private static List<String> outletsOf(ChartSpec s) {
        ChartData data = s.data();
        List<String> names;
        if (data instanceof DotData d) {
            names = d.categories();
        } else if (data instanceof BoxData d) {
            names = d.groups();
        } else if (data instanceof HeatData d) {
            names = d.xs();
        } else if (data instanceof XYData d) {
            names = d.series().stream().map(XYData.Series::name).toList();
        } else if (data instanceof TimeData d) {
            names = d.series().stream().map(TimeData.Series::name).toList();
        } else {
            names = ((BarData) data).categories();
        }
        return names.stream().filter(n -> !n.equals(OutletSelection.OTHER)).toList();
    }

    @Test
    void everyChartShowsTheSameOutletsTheLargestOrThoseNamed() {
        ChartSet three = new ChartSet(3);
        List<ChartSpec> all = three.all(c, models);
        List<String> largest = List.of("Daily Ledger", "Quick Clicks Network",
                "The Northern Provinces Evening Chronicle & Weekly Observer"); // 15 articles each, ties by name
        assertEquals(largest, three.selection(c).names(c.table()));
        int checked = 0;
        for (ChartSpec s : all) {
            if (s.name().startsWith("feature-") || s.name().startsWith("box-") || s.name().startsWith("timeseries-")
                    || s.name().startsWith("scatter") || s.name().equals("framing-heatmap")
                    || s.name().startsWith("labels-")) {
                assertEquals(new java.util.TreeSet<>(largest), new java.util.TreeSet<>(outletsOf(s)), s.name());
                checked++;
            }
        }
        assertEquals(15, checked);
        // the rest as "other outlets" where there is room: box plots, scatter (first, grey), article counts
        BoxData box = (BoxData) all.stream().filter(s -> s.name().equals("box-hedging-hedge-rate")).findFirst()
                .orElseThrow().data();
        assertEquals(OutletSelection.OTHER, box.groups().get(3));
        assertEquals(-1, box.colors()[3]);
        assertEquals(18, box.values().get(3).length); // Wire Service One 15 + Tiny Gazette 3
        XYData sc = (XYData) all.stream().filter(s -> s.name().startsWith("scatter")).findFirst().orElseThrow().data();
        assertEquals(OutletSelection.OTHER, sc.series().get(0).name());
        assertEquals(-1, sc.series().get(0).color());
        // an outlet keeps its colour from chart to chart
        assertEquals(List.of(0, 1, 2), sc.series().subList(1, 4).stream().map(XYData.Series::color).toList());
        assertArrayEquals(new int[] {0, 1, 2, -1}, box.colors());

        ChartSet named = new ChartSet(12, List.of("Tiny Gazette", "Wire Service One"), java.util.Map.of());
        for (ChartSpec s : named.all(c, models)) {
            if (s.name().startsWith("feature-") || s.name().startsWith("box-") || s.name().startsWith("scatter")) {
                assertEquals(java.util.Set.of("Tiny Gazette", "Wire Service One"), java.util.Set.copyOf(outletsOf(s)),
                        s.name());
            }
        }
        assertTrue(named.selection(c).fixed());
        var e = org.junit.jupiter.api.Assertions.assertThrows(OutletSelection.UnknownOutletsException.class,
                () -> new ChartSet(12, List.of("Daily Ledger", "Nope"), java.util.Map.of()).all(c, models));
        assertEquals("--outlets: no outlet 'Nope' in this run; the run has 5 outlets: Daily Ledger, Quick Clicks "
                + "Network, The Northern Provinces Evening Chronicle & Weekly Observer, Wire Service One, Tiny Gazette",
                e.getMessage());
        assertEquals(List.of("A", "B c"), OutletSelection.parse(" A, B c ,,A"));
    }

    @Test
    void boxPlotsUseThePalette() {
        BoxData d = (BoxData) new ChartSet(3).all(c, models).stream().filter(s -> s.name().equals(
                "box-hedging-hedge-rate")).findFirst().orElseThrow().data();
        XYChart bc = (XYChart) RENDERER.render(new ChartSpec("box", "t", "", d));
        for (int g = 0; g < d.groups().size(); g++) {
            java.awt.Color expected = g < 3 ? Palette.color(g) : Palette.OTHER;
            assertEquals(expected, bc.getSeriesMap().get("box " + g).getLineColor(), d.groups().get(g));
        }
        assertEquals("Daily Ledger", ChartRenderer.groupLabel(0.0, d.groups()));
        assertTrue(ChartRenderer.groupLabel(0.5, d.groups()).isBlank());
        assertTrue(!ChartRenderer.groupLabel(0.5, d.groups()).equals(ChartRenderer.groupLabel(1.5, d.groups())));
    }

    @Test
    void theConfusionMatrixAsTrainWritesItIsDrawn(@TempDir Path dir) throws Exception {
        org.presslens.classify.Metrics written = org.presslens.classify.Metrics.singleLabel(List.of("high", "low"),
                new int[] {0, 0, 1, 1, 1}, new int[] {0, 1, 1, 1, 0},
                new double[][] {{0.9, 0.1}, {0.4, 0.6}, {0.2, 0.8}, {0.3, 0.7}, {0.6, 0.4}});
        java.nio.file.Files.writeString(dir.resolve("metrics.json"),
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(written.toJson()));
        HeatData h = (HeatData) new ChartSet(12).confusion(ModelMetrics.read("m", dir)).orElseThrow().data();
        assertEquals(List.of("high", "low"), h.xs());
        assertArrayEquals(new double[] {1, 1}, h.values()[0], 0);
        assertArrayEquals(new double[] {1, 2}, h.values()[1], 0);
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
        TimeData ts = (TimeData) spec("timeseries-articles").data();
        double articles = ts.series().stream().flatMapToDouble(s -> Arrays.stream(s.values())).filter(v -> !Double.isNaN(v))
                .sum();
        long dated = java.util.stream.IntStream.range(0, c.table().size()).filter(i -> c.table().date(i) != null).count();
        assertEquals(dated, articles, 0); // every dated article of the five outlets
    }

    @Test
    void aFeatureOverTimeIsASmoothedLineWithAnIntervalBandPerPeriod() {
        // hedge rates 1, 2 (A, 2010), 3 (A, 2011), 4 (B, 2011)
        Comparison y = dated(List.of("A", "A", "A", "B"), List.of(d("2010-03-01"), d("2010-06-01"), d("2011-05-01"),
                d("2011-01-01")), "year");
        ChartSpec spec = new ChartSet(12).timeseries(y, List.of("hedging.hedge_rate")).get(2);
        assertEquals("timeseries-hedging-hedge-rate", spec.name());
        TimeData.Series a = ((TimeData) spec.data()).series().get(0);
        assertEquals("A", a.name());
        assertArrayEquals(new double[] {1.5, 3}, a.values(), 1e-12);
        // weighted by articles: (2 × 1.5 + 1 × 3) / 3 in both years (each has the other as its only neighbour)
        assertArrayEquals(new double[] {2, 2}, a.smooth(), 1e-12);
        double hw = 1.959963984540054 * Math.sqrt(0.5) / Math.sqrt(2);
        assertArrayEquals(new double[] {1.5 - hw, Double.NaN}, a.low(), 1e-12);
        assertArrayEquals(new double[] {1.5 + hw, Double.NaN}, a.high(), 1e-12);
        List<String> row = spec.data().csvRows().get(0);
        assertEquals(List.of("A", "2010", "2010-01-01", "1.5", "2"), row.subList(0, 5));
        assertEquals(1.5 - hw, Double.parseDouble(row.get(5)), 1e-6); // written to 6 significant digits
        assertEquals(1.5 + hw, Double.parseDouble(row.get(6)), 1e-5);
        // 2011 is partial (the dates end in May); one article: no interval
        assertEquals(List.of("A", "2011", "2011-01-01", "3", "2", "", "", "1"), spec.data().csvRows().get(1));
        assertTrue(spec.caption().contains("line: centred moving average over three years"), spec.caption());
        // drawn: dots without a line, the smoothed line and the two bounds (not in the legend)
        CategoryChart chart = (CategoryChart) RENDERER.render(spec);
        assertEquals(0, chart.getSeriesMap().get("A").getLineColor().getAlpha());
        for (String part : List.of(" (smoothed)", " (low)", " (high)")) {
            CategorySeries cs = chart.getSeriesMap().get("A" + part);
            assertTrue(cs != null && !cs.isShowInLegend(), part);
        }
        assertEquals(2.0, ((Number) new ArrayList<>(chart.getSeriesMap().get("A (smoothed)").getYData()).get(0))
                .doubleValue(), 1e-12);
        assertTrue(spec.caption().contains("x: every year from the first dated article to the last"), spec.caption());

        // a fifth, smaller outlet with the one early article: the four shown start the axis at their first year
        Comparison early = dated(List.of("A", "A", "A", "B", "B", "C", "C", "D", "D", "E"), List.of(d("2012-03-01"),
                d("2013-03-01"), d("2013-06-01"), d("2012-05-01"), d("2013-05-01"), d("2012-07-01"), d("2013-07-01"),
                d("2012-08-01"), d("2013-12-31"), d("2009-01-01")), "year");
        ChartSpec trimmed = new ChartSet(12).timeseries(early, List.of("hedging.hedge_rate")).get(2);
        assertEquals(List.of("2012", "2013"), ((TimeData) trimmed.data()).periods());
        assertEquals(List.of("A", "B", "C", "D"), ((TimeData) trimmed.data()).series().stream()
                .map(TimeData.Series::name).toList());
        assertTrue(trimmed.caption().contains("x: every year from the first dated article of the outlets shown"),
                trimmed.caption());
        assertEquals(List.of("2009", "2010", "2011", "2012", "2013"),
                ((TimeData) new ChartSet(12).timeseries(early, List.of()).get(0).data()).periods(),
                "the article counts keep every year");
        assertArrayEquals(new double[] {Double.NaN, 5, 5, Double.NaN}, ChartSet.smoothed(
                new double[] {Double.NaN, 4, 6, Double.NaN}, new double[] {0, 1, 1, 0}), 1e-12);
    }

    /** A table of one feature with the given outlets and dates. */
    private static Comparison dated(List<String> outlets, List<java.time.LocalDate> dates, String bin) {
        List<String> ids = java.util.stream.IntStream.range(0, outlets.size()).mapToObj(i -> "a" + i).toList();
        double[] v = java.util.stream.IntStream.range(0, outlets.size()).mapToDouble(i -> i + 1.0).toArray();
        ArticleTable t = ArticleTable.of(ids, outlets, dates, java.util.Map.of("hedging.hedge_rate", v),
                java.util.Map.of(), UnaryOperator.identity());
        StatsConfig cfg = new StatsConfig(1, 50, 1L, 0.95, bin, 0.05, List.of(), 30);
        return new OutletComparison(cfg).compare(t, null, CsvCells.RAW);
    }

    private static java.time.LocalDate d(String s) {
        return java.time.LocalDate.parse(s);
    }

    @Test
    void timeSeriesPointsSitAtTheirPeriodsLabelledAsPeriodsWithGapsLeftOpen() {
        Comparison y = dated(List.of("A", "A", "B", "A"), List.of(d("2007-06-01"), d("2012-03-01"),
                d("2012-12-31"), d("2010-02-02")), "year");
        List<ChartSpec> ts = new ChartSet(12).timeseries(y, List.of("hedging.hedge_rate"));
        TimeData a = (TimeData) ts.get(0).data();
        assertEquals("timeseries-articles", ts.get(0).name());
        assertEquals(List.of("2007", "2008", "2009", "2010", "2011", "2012"), a.periods());
        assertEquals(d("2007-01-01"), a.starts().get(0));
        assertFalse(a.partialLast(), "dates reach the end of 2012");
        TimeData.Series sa = a.series().get(0);
        assertEquals("A", sa.name());
        assertArrayEquals(new double[] {1, Double.NaN, Double.NaN, 1, Double.NaN, 1}, sa.values(), 0);
        // drawn: the 2007 value at the 2007 category, nothing (a break, not a bridge) in 2008, 2009 and 2011
        CategorySeries cs = ((CategoryChart) RENDERER.render(ts.get(0))).getSeriesMap().get("A");
        List<?> xs = new ArrayList<>(cs.getXData());
        List<?> ys = new ArrayList<>(cs.getYData());
        assertEquals("2007", xs.get(0));
        assertEquals(1.0, ((Number) ys.get(0)).doubleValue());
        assertEquals(null, ys.get(1));
        assertEquals(null, ys.get(4));
        assertEquals("2012", xs.get(5));
        List<String> csv = a.csvRows().stream().map(r -> String.join(",", r)).toList();
        // B: 0 in the years with articles of A only, nothing where the run has no article at all
        assertEquals(List.of("A,2007,2007-01-01,1,,,,0", "A,2010,2010-01-01,1,,,,0", "A,2012,2012-01-01,1,,,,0",
                "B,2007,2007-01-01,0,,,,0", "B,2010,2010-01-01,0,,,,0", "B,2012,2012-01-01,1,,,,0"), csv);
        // the feature mean sits at its period too
        TimeData m = (TimeData) ts.get(2).data();
        assertArrayEquals(new double[] {1, Double.NaN, Double.NaN, 4, Double.NaN, 2}, m.series().get(0).values(), 0);

        Comparison q = dated(List.of("A", "A"), List.of(d("2011-11-15"), d("2012-02-10")), "quarter");
        TimeData qa = (TimeData) new ChartSet(12).timeseries(q, List.of()).get(0).data();
        assertEquals(List.of("2011-Q4", "2012-Q1"), qa.periods());
        Comparison mo = dated(List.of("A", "A"), List.of(d("2011-12-05"), d("2012-02-29")), "month");
        TimeData ma = (TimeData) new ChartSet(12).timeseries(mo, List.of()).get(0).data();
        assertEquals(List.of("2011-12", "2012-01", "2012-02"), ma.periods());
        assertArrayEquals(new double[] {1, Double.NaN, 1}, ma.series().get(0).values(), 0);
        assertFalse(ma.partialLast(), "February 2012 is covered to its last day");
    }

    @Test
    void longSeriesAreLabelledAtCalendarStepsEveryPointAtItsPeriod() {
        ChartSet.Periods p = ChartSet.Periods.of("quarter", d("2010-02-01"), d("2019-03-31"));
        TimeData t = new TimeData("Quarter", "n", p.labels(), p.starts(),
                List.of(new TimeData.Series("A", new double[p.size()], 0)), p.partialLast());
        List<String> ticks = ChartRenderer.tickLabels(t, 6);
        List<String> shown = ticks.stream().filter(x -> !x.isBlank()).toList();
        assertEquals(List.of("2010-Q1", "2012-Q1", "2014-Q1", "2016-Q1", "2018-Q1"), shown);
        for (int k = 0; k < ticks.size(); k++) {
            assertTrue(ticks.get(k).isBlank() || ticks.get(k).equals(p.labels().get(k)));
        }
        assertEquals(ticks.size(), new java.util.HashSet<>(ticks).size(), "distinct categories");
        ChartSet.Periods m = ChartSet.Periods.of("month", d("2011-12-05"), d("2013-02-01"));
        List<String> months = ChartRenderer.tickLabels(new TimeData("Month", "n", m.labels(), m.starts(),
                List.of(), m.partialLast()), 5).stream().filter(x -> !x.isBlank()).toList();
        assertEquals(List.of("2012-01", "2012-04", "2012-07", "2012-10", "2013-01"), months); // 5 fit: every 3 months
    }

    @Test
    void aPartialLastPeriodIsFlaggedDrawnHollowAndDashedAndInTheCsv() {
        Comparison q = dated(List.of("A", "B", "A"), List.of(d("2011-11-15"), d("2012-01-10"), d("2012-02-10")),
                "quarter");
        ChartSpec s = new ChartSet(12).timeseries(q, List.of()).get(0);
        TimeData t = (TimeData) s.data();
        assertTrue(t.partialLast(), "2012-Q1 ends on March 31, the dates on February 10");
        assertTrue(s.caption().contains("The last quarter (2012-Q1) is partial: the run's dates end on 2012-02-10"),
                s.caption());
        assertEquals(List.of("A,2011-Q4,2011-10-01,1,,,,0", "A,2012-Q1,2012-01-01,1,,,,1", "B,2011-Q4,2011-10-01,0,,,,0",
                "B,2012-Q1,2012-01-01,1,,,,1"), t.csvRows().stream().map(r -> String.join(",", r)).toList());
        CategoryChart cc = (CategoryChart) RENDERER.render(s);
        assertTrue(cc.getSeriesMap().containsKey("A (partial)"), "a dashed segment into the partial period");
        assertTrue(cc.getSeriesMap().containsKey("A (partial, hole)"), "a hollow marker");
        assertEquals(null, new ArrayList<>(cc.getSeriesMap().get("A").getYData()).get(1));
        assertFalse(ChartSet.Periods.of("week", d("2024-03-04"), d("2024-03-10")).partialLast());
        assertTrue(ChartSet.Periods.of("week", d("2024-03-04"), d("2024-03-13")).partialLast());
        assertEquals(List.of("2024-W10", "2024-W11"), ChartSet.Periods.of("week", d("2024-03-04"), d("2024-03-13"))
                .labels());
    }

    @Test
    void sharesOfThePeriodsArticlesAddUpToOneHundredPercent() {
        int sparse = 0;
        for (ChartSet set : List.of(new ChartSet(12), new ChartSet(2))) {
            TimeData sh = (TimeData) set.all(c, models).stream().filter(s -> s.name().equals("timeseries-share"))
                    .findFirst().orElseThrow().data();
            for (int p = 0; p < sh.periods().size(); p++) {
                double sum = 0;
                boolean any = false;
                for (TimeData.Series s : sh.series()) {
                    if (!Double.isNaN(s.values()[p])) {
                        sum += s.values()[p];
                        any = true;
                    }
                }
                if (any) {
                    assertEquals(100, sum, 1e-9, sh.periods().get(p));
                }
                long dated = 0;
                for (int i = 0; i < c.table().size(); i++) {
                    java.time.LocalDate d = c.table().date(i);
                    dated += d != null && org.presslens.stats.OutletComparison.periodStart(d, c.timeBin())
                            .equals(sh.starts().get(p)) ? 1 : 0;
                }
                assertEquals(dated >= ChartSet.MIN_SHARE_ARTICLES, any, "period " + sh.periods().get(p) + ": "
                        + dated + " dated articles");
                sparse += dated > 0 && dated < ChartSet.MIN_SHARE_ARTICLES ? 1 : 0;
            }
        }
        assertTrue(sparse > 0, "the fixture has a period with too few articles for a share");
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
        assertEquals(2000, print.getWidth()); // 6.7 inches at 300 dpi
        assertTrue(Files.readString(out.resolve(s.name() + ".svg")).contains("<svg"));
        List<String> csv = Files.readAllLines(out.resolve(s.name() + ".csv"), StandardCharsets.UTF_8);
        assertEquals("category,value,ci_low,ci_high", csv.get(0));
        assertEquals(6, csv.size());
        DotData d = (DotData) s.data();
        assertTrue(csv.get(1).startsWith(d.categories().get(0) + ","), csv.get(1)); // top row first
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
    void axesUseTheDeclarationElseTheColumnName() {
        FeatureInfo grade = new FeatureInfo("reliability.fk_grade", "Flesch–Kincaid grade", "US school grade", "d");
        java.util.Map<String, FeatureInfo> declared = java.util.Map.of(grade.name(), grade);
        assertEquals("Flesch–Kincaid grade (US school grade)",
                FeatureLabels.axis(FeatureLabels.info("reliability.fk_grade", declared)));
        // not declared: from the name, or nothing
        assertEquals("framing.conflict_count (count per article)",
                FeatureLabels.axis(FeatureLabels.info("framing.conflict_count", declared)));
        assertEquals("attribution.density", FeatureLabels.axis(FeatureLabels.info("attribution.density", declared)));
        assertEquals("words", FeatureLabels.axis(FeatureLabels.info("words", declared)));
        assertEquals(List.of("framing.conflict"), ChartSet.framingRates(List.of("framing.conflict",
                "framing.conflict_count", "hedging.hedge_rate")));
    }
}
