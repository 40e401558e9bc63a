package org.presslens.charts;

import org.presslens.core.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.presslens.stats.ArticleTable;
import org.presslens.stats.Comparison;
import org.presslens.stats.KeynessRow;
import org.presslens.stats.ModelMetrics;
import org.presslens.stats.OutletRow;
import org.presslens.stats.TimeRow;

/**
 * Decides which charts a run gets and builds their {@link ChartSpec}s from a {@link Comparison} and the
 * models' evaluations: feature bars with intervals and box plots for the key features, the framing heat
 * map, predicted-label shares, the outlet profile, keyness per outlet, time series, the scatter of
 * attribution against hedging, and per model a confusion matrix and per-class F1.
 *
 * <p>Outlets shown: those with enough articles to be tested, the {@code maxOutlets} largest, in name order
 * (charts by outlet stay readable with hundreds of outlets; the CSV tables keep them all). Colour-coded
 * charts (profile, scatter, time series) show at most as many outlets as the palette has colours.
 */
public final class ChartSet {
    /** Most points drawn in a scatter (every k-th article beyond that, stated in the caption). */
    static final int MAX_POINTS = 4000;
    /** Terms per direction in a keyness chart. */
    static final int KEYNESS_TERMS = 8;
    /** G² at p = 0.05 (chi-square, 1 df). */
    static final double P05 = 3.841458820694124;
    private final int maxOutlets;
    private final Map<String, String> units;

    /** A chart set showing at most {@code maxOutlets} outlets in charts by outlet; units from feature names. */
    public ChartSet(int maxOutlets) {
        this(maxOutlets, Map.of());
    }

    /**
     * A chart set with the units of the feature documentation ({@link FeatureLabels#unitsFromDocs}) for the
     * axes.
     */
    public ChartSet(int maxOutlets, Map<String, String> units) {
        this.maxOutlets = maxOutlets;
        this.units = Map.copyOf(units);
    }

    /** The framing-category rate columns: {@code framing.<category>}, not the {@code _count} columns. */
    static List<String> framingRates(List<String> features) {
        return features.stream().filter(f -> f.startsWith("framing.") && !f.endsWith("_count")).toList();
    }

    /** Every chart for a run. */
    public List<ChartSpec> all(Comparison c, List<ModelMetrics> models) {
        List<ChartSpec> out = new ArrayList<>();
        if (c.table().size() > 0) {
            articleCharts(c, out);
        }
        for (ModelMetrics m : models) {
            confusion(m).ifPresent(out::add);
            perClassF1(m).ifPresent(out::add);
        }
        return out;
    }

    /** The charts of the run's articles (none when no article was analysed: there is nothing to plot). */
    private void articleCharts(Comparison c, List<ChartSpec> out) {
        List<String> keys = FeatureLabels.keyFeatures(c.features(), c.config().keyFeatures());
        for (String f : keys) {
            out.add(featureBars(c, f));
            out.add(featureBoxes(c, f));
        }
        framingHeatmap(c).ifPresent(out::add);
        for (String model : c.table().models()) {
            labelShares(c, model).ifPresent(out::add);
        }
        profile(c, keys).ifPresent(out::add);
        scatter(c).ifPresent(out::add);
        out.addAll(keyness(c));
        out.addAll(timeseries(c, keys));
    }

    /** The bar and box chart of one feature (for {@code presslens plot --feature}). */
    public List<ChartSpec> forFeature(Comparison c, String feature) {
        return c.table().size() == 0 ? List.of() : List.of(featureBars(c, feature), featureBoxes(c, feature));
    }

    /** Indices of the outlets shown, in name order. */
    List<Integer> shownOutlets(Comparison c, int max) {
        ArticleTable t = c.table();
        int[] sizes = t.outletSizes();
        List<Integer> candidates = IntStream.range(0, sizes.length)
                .filter(o -> sizes[o] >= c.config().minOutletArticles()).boxed().toList();
        if (candidates.isEmpty()) {
            candidates = IntStream.range(0, sizes.length).boxed().toList();
        }
        return candidates.stream().sorted(Comparator.comparingInt((Integer o) -> -sizes[o]).thenComparing(o -> o))
                .limit(max).sorted().toList();
    }

    private String outletNote(Comparison c, List<Integer> shown) {
        int total = c.table().outlets().size();
        if (shown.size() == total) {
            return "";
        }
        return String.format(Locale.ROOT, " Shown: %d of %d outlets (those with at least %d articles, largest first);"
                + " all are in outlets.csv.", shown.size(), total, c.config().minOutletArticles());
    }

    private OutletRow row(Comparison c, String outlet, String measure, String label) {
        return c.outlets().stream().filter(r -> r.outlet().equals(outlet) && r.measure().equals(measure)
                && r.label().equals(label)).findFirst().orElse(null);
    }

    private String kwNote(Comparison c, String feature) {
        return c.tests().stream().filter(t -> t.test().equals("kruskal_wallis") && t.measure().equals(feature)
                        && !Double.isNaN(t.p())).findFirst()
                .map(t -> String.format(Locale.ROOT, " Kruskal–Wallis across outlets: H = %.2f, df = %d, %s (Holm-"
                        + "corrected across features, as in tests.csv).", t.statistic(), (int) t.df(),
                        pHolm(t.pHolm()))).orElse("");
    }

    /** "p(Holm) = 0.134", or "p(Holm) < 0.0001": never "p = < 0.0001". */
    static String pHolm(double p) {
        String v = Numbers.p(p);
        return v.startsWith("<") ? "p(Holm) " + v : "p(Holm) = " + v;
    }

    ChartSpec featureBars(Comparison c, String feature) {
        List<Integer> shown = shownOutlets(c, maxOutlets);
        List<String> names = new ArrayList<>();
        double[] mean = new double[shown.size()];
        double[] lo = new double[shown.size()];
        double[] hi = new double[shown.size()];
        for (int k = 0; k < shown.size(); k++) {
            String o = c.table().outlets().get(shown.get(k));
            names.add(o);
            OutletRow r = row(c, o, feature, "");
            mean[k] = r == null ? Double.NaN : r.mean();
            lo[k] = r == null ? Double.NaN : r.ciLow();
            hi[k] = r == null ? Double.NaN : r.ciHigh();
        }
        int pct = (int) Math.round(c.config().confidence() * 100);
        return new ChartSpec(ChartNames.of("feature", feature), feature + " by outlet: mean with " + pct + " % CI",
                "Bars: mean per article; whiskers: " + pct + " % percentile bootstrap interval ("
                        + c.config().bootstrapSamples() + " resamples)." + kwNote(c, feature) + outletNote(c, shown),
                new BarData("Outlet", FeatureLabels.axis(feature, units), names,
                        List.of(new BarData.Series("mean", mean, lo, hi)), false));
    }

    ChartSpec featureBoxes(Comparison c, String feature) {
        List<Integer> shown = shownOutlets(c, maxOutlets);
        int f = c.table().featureIndex(feature);
        List<String> names = shown.stream().map(o -> c.table().outlets().get(o)).toList();
        List<double[]> values = shown.stream().map(o -> c.table().valuesFor(f, o)).toList();
        String unit = FeatureLabels.unit(feature, units);
        return new ChartSpec(ChartNames.of("box", feature), feature + " by outlet: distribution per article",
                "Boxes: quartiles; line: median; whiskers: the most extreme values within 1.5 × the interquartile"
                        + " range; dots: values beyond." + outletNote(c, shown),
                new BoxData("Outlet", unit.isEmpty() ? feature : feature + " (" + unit + ")", names, values));
    }

    java.util.Optional<ChartSpec> framingHeatmap(Comparison c) {
        List<String> framing = framingRates(c.features());
        if (framing.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Integer> shown = shownOutlets(c, maxOutlets);
        List<String> names = shown.stream().map(o -> c.table().outlets().get(o)).toList();
        double[][] v = new double[framing.size()][names.size()];
        for (int y = 0; y < framing.size(); y++) {
            for (int x = 0; x < names.size(); x++) {
                OutletRow r = row(c, names.get(x), framing.get(y), "");
                v[y][x] = r == null ? Double.NaN : r.mean();
            }
        }
        List<String> cats = framing.stream().map(f -> f.substring("framing.".length())).toList();
        return java.util.Optional.of(new ChartSpec("framing-heatmap",
                "Framing categories by outlet (mean hits per 1,000 words)",
                "Each cell: mean rate of the category's terms per 1,000 words over the outlet's articles."
                        + outletNote(c, shown),
                new HeatData("Outlet", "Framing category", "hits per 1,000 words", names, cats, v)));
    }

    java.util.Optional<ChartSpec> labelShares(Comparison c, String model) {
        List<Integer> shown = shownOutlets(c, maxOutlets);
        List<String> names = shown.stream().map(o -> c.table().outlets().get(o)).toList();
        List<String> labels = c.outlets().stream().filter(r -> r.kind().equals(OutletRow.LABEL)
                && r.measure().equals("pred." + model)).map(OutletRow::label).distinct().sorted().toList();
        if (labels.isEmpty()) {
            return java.util.Optional.empty();
        }
        boolean multi = false;
        for (int i = 0; i < c.table().size() && !multi; i++) {
            multi = c.table().prediction(model, i).indexOf(';') >= 0;
        }
        List<BarData.Series> series = new ArrayList<>();
        for (String l : labels) {
            double[] v = new double[names.size()];
            for (int k = 0; k < names.size(); k++) {
                OutletRow r = row(c, names.get(k), "pred." + model, l);
                v[k] = r == null || Double.isNaN(r.mean()) ? 0 : 100 * r.mean();
            }
            series.add(new BarData.Series(l, v));
        }
        String caption = multi
                ? "Multi-label model: bars give the share of the outlet's articles with each label (an article can"
                + " have several or none)."
                : "Share of the outlet's articles with each predicted label (articles without a prediction left out).";
        return java.util.Optional.of(new ChartSpec(ChartNames.of("labels", model),
                "Predicted " + model + " labels by outlet", caption + outletNote(c, shown),
                new BarData("Outlet", "% of articles", names, series, !multi)));
    }

    java.util.Optional<ChartSpec> profile(Comparison c, List<String> measures) {
        if (measures.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Integer> shown = shownOutlets(c, Math.min(maxOutlets, Palette.size()));
        if (shown.size() < 2) {
            return java.util.Optional.empty(); // a profile against the corpus needs at least two outlets
        }
        List<BarData.Series> series = new ArrayList<>();
        double[][] z = new double[shown.size()][measures.size()];
        for (int m = 0; m < measures.size(); m++) {
            int f = c.table().featureIndex(measures.get(m));
            double[] all = c.table().valuesAll(f);
            double mean = Arrays.stream(all).average().orElse(Double.NaN);
            double sd = all.length < 2 ? Double.NaN : Math.sqrt(Arrays.stream(all)
                    .map(v -> (v - mean) * (v - mean)).sum() / (all.length - 1));
            for (int k = 0; k < shown.size(); k++) {
                OutletRow r = row(c, c.table().outlets().get(shown.get(k)), measures.get(m), "");
                z[k][m] = r == null || !(sd > 0) ? Double.NaN : (r.mean() - mean) / sd;
            }
        }
        for (int k = 0; k < shown.size(); k++) {
            series.add(new BarData.Series(c.table().outlets().get(shown.get(k)), z[k]));
        }
        return java.util.Optional.of(new ChartSpec("profile", "Outlet profiles across the main measures",
                "Each bar: the outlet's mean minus the mean over all articles, in standard deviations of all"
                        + " articles (0 = corpus average)." + outletNote(c, shown),
                new BarData("Measure", "difference from corpus mean (SD units)", measures, series, false)));
    }

    java.util.Optional<ChartSpec> scatter(Comparison c) {
        List<String> keys = FeatureLabels.keyFeatures(c.features(), List.of());
        String x = keys.stream().filter(f -> f.startsWith("attribution.")).findFirst().orElse(null);
        String y = keys.stream().filter(f -> f.startsWith("hedging.")).findFirst().orElse(null);
        if (x == null || y == null) {
            return java.util.Optional.empty();
        }
        ArticleTable t = c.table();
        int fx = t.featureIndex(x);
        int fy = t.featureIndex(y);
        List<Integer> shown = shownOutlets(c, Palette.size() - 1);
        int stride = Math.max(1, (t.size() + MAX_POINTS - 1) / MAX_POINTS);
        Map<Integer, List<double[]>> pts = new LinkedHashMap<>();
        shown.forEach(o -> pts.put(o, new ArrayList<>()));
        pts.put(-1, new ArrayList<>());
        for (int i = 0; i < t.size(); i += stride) {
            double vx = t.value(fx, i);
            double vy = t.value(fy, i);
            if (Double.isNaN(vx) || Double.isNaN(vy)) {
                continue;
            }
            int o = t.outletOf(i);
            pts.get(shown.contains(o) ? o : -1).add(new double[] {vx, vy});
        }
        List<XYData.Series> series = new ArrayList<>();
        pts.forEach((o, l) -> {
            if (!l.isEmpty()) {
                series.add(new XYData.Series(o < 0 ? "other outlets" : t.outlets().get(o),
                        l.stream().mapToDouble(p -> p[0]).toArray(), l.stream().mapToDouble(p -> p[1]).toArray()));
            }
        });
        String note = stride > 1 ? " Every " + stride + "th article is drawn." : "";
        return java.util.Optional.of(new ChartSpec("scatter-attribution-hedging",
                "Attribution against hedging, one point per article",
                "x: " + x + ", y: " + y + "." + note, new XYData(FeatureLabels.axis(x, units).replace("mean of ", ""),
                FeatureLabels.axis(y, units).replace("mean of ", ""), series, false, false)));
    }

    List<ChartSpec> keyness(Comparison c) {
        List<KeynessRow> rows = c.keyness().stream().filter(r -> !r.term().equals("*")).toList();
        // framing terms: categories that are framing.<category> feature columns; else lexicons named *fram*
        java.util.Set<String> framingCategories = new java.util.HashSet<>();
        framingRates(c.features()).forEach(f -> framingCategories.add(
                f.substring("framing.".length()).toLowerCase(Locale.ROOT)));
        java.util.function.Predicate<KeynessRow> framing = framingCategories.isEmpty()
                ? r -> r.lexicon().toLowerCase(Locale.ROOT).contains("fram")
                : r -> framingCategories.contains(r.category().toLowerCase(Locale.ROOT));
        boolean anyFraming = rows.stream().anyMatch(framing);
        List<ChartSpec> out = new ArrayList<>();
        for (int o : shownOutlets(c, maxOutlets)) {
            String outlet = c.table().outlets().get(o);
            List<KeynessRow> mine = rows.stream().filter(r -> r.outlet().equals(outlet)
                    && (!anyFraming || framing.test(r))).toList();
            List<KeynessRow> over = mine.stream().filter(r -> r.direction().equals("+") && r.g2() > 0)
                    .sorted(Comparator.comparingDouble(KeynessRow::g2).reversed()).limit(KEYNESS_TERMS).toList();
            List<KeynessRow> under = mine.stream().filter(r -> r.direction().equals("-") && r.g2() > 0)
                    .sorted(Comparator.comparingDouble(KeynessRow::g2).reversed()).limit(KEYNESS_TERMS).toList();
            if (over.isEmpty() && under.isEmpty()) {
                continue;
            }
            List<KeynessRow> all = new ArrayList<>(over);
            List<KeynessRow> u = new ArrayList<>(under);
            java.util.Collections.reverse(u);
            all.addAll(u);
            List<String> cats = all.stream().map(r -> r.term() + " (" + r.category() + ")").toList();
            double[] plus = all.stream().mapToDouble(r -> r.direction().equals("+") ? r.g2() : 0).toArray();
            double[] minus = all.stream().mapToDouble(r -> r.direction().equals("-") ? -r.g2() : 0).toArray();
            out.add(new ChartSpec(ChartNames.ofOutlet("keyness", outlet), "Key " + (anyFraming ? "framing " : "lexicon ")
                    + "terms: " + outlet + " vs all other outlets",
                    "Bars: log-likelihood G², up for terms the outlet uses more than the rest, down for terms it uses"
                            + " less (top " + KEYNESS_TERMS + " each way). Dashed lines: |G²| = 3.84, p = 0.05 (one test per"
                            + " term, uncorrected); |G²| ≥ 10.83 means p < 0.001. Terms are lexicon entries: * matches"
                            + " any ending, ~ regular inflections.",
                    new BarData("Term (category)", "G² (+ overuse, − underuse)", cats,
                            List.of(new BarData.Series("overuse", plus), new BarData.Series("underuse", minus)),
                            true, List.of(P05, -P05))));
        }
        return out;
    }

    List<ChartSpec> timeseries(Comparison c, List<String> keys) {
        if (c.timeseries().isEmpty()) {
            return List.of();
        }
        List<Integer> shown = shownOutlets(c, Palette.size());
        List<ChartSpec> out = new ArrayList<>();
        out.add(timeChart(c, shown, "timeseries-articles", "Articles per " + c.timeBin() + " by outlet",
                "articles per " + c.timeBin(), r -> (double) r.articles(), ""));
        if (!keys.isEmpty()) {
            String f = keys.get(0);
            int fi = c.features().indexOf(f);
            out.add(timeChart(c, shown, ChartNames.of("timeseries", f), f + " per " + c.timeBin() + " by outlet",
                    FeatureLabels.axis(f, units), r -> r.means()[fi], " Points: mean over the outlet's articles in the "
                            + c.timeBin() + "; periods without articles are left out."));
        }
        return out;
    }

    private ChartSpec timeChart(Comparison c, List<Integer> shown, String name, String title, String yTitle,
                                java.util.function.ToDoubleFunction<TimeRow> value, String extra) {
        List<XYData.Series> series = new ArrayList<>();
        for (int o : shown) {
            String outlet = c.table().outlets().get(o);
            List<TimeRow> rows = c.timeseries().stream().filter(r -> r.outlet().equals(outlet)
                    && !Double.isNaN(value.applyAsDouble(r))).toList();
            if (!rows.isEmpty()) {
                series.add(new XYData.Series(outlet, rows.stream().mapToDouble(r -> r.periodStart().toEpochDay()).toArray(),
                        rows.stream().mapToDouble(value).toArray()));
            }
        }
        extra = extra + " Lines that coincide hide one another; the CSV has every value.";
        String axis = switch (c.timeBin()) {
            case "week" -> "Week starting";
            case "quarter" -> "Quarter starting";
            case "year" -> "Year";
            default -> "Month";
        };
        return new ChartSpec(name, title, "x: first day of each " + c.timeBin() + (c.timeBin().equals("week")
                ? " (Monday)" : "") + "." + extra + outletNote(c, shown),
                new XYData(axis, yTitle, series, true, true));
    }

    /** A multi-label model's confusion: per label (rows), its true and false positives and negatives. */
    private java.util.Optional<ChartSpec> labelConfusion(ModelMetrics m) {
        Map<String, long[]> counts = m.labelCounts();
        if (counts.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> labels = new ArrayList<>(counts.keySet());
        List<String> cells = List.of("has it, predicted", "has it, not predicted", "has not, predicted",
                "has not, not predicted");
        double[][] v = new double[labels.size()][cells.size()];
        for (int i = 0; i < labels.size(); i++) {
            for (int j = 0; j < cells.size(); j++) {
                v[i][j] = counts.get(labels.get(i))[j];
            }
        }
        return java.util.Optional.of(new ChartSpec(ChartNames.of("confusion", m.name()),
                "Model " + m.name() + ": confusion per label (evaluation)",
                "One row per label, as its own yes/no decision: articles that have the label and are predicted to "
                        + "(true positives), that have it and are not (false negatives), that do not and are "
                        + "(false positives), and that do not and are not; from the model's own evaluation "
                        + "(metrics.json), not this run.",
                new HeatData("Article and prediction", "Label", "articles", cells, labels, v)));
    }

    java.util.Optional<ChartSpec> confusion(ModelMetrics m) {
        if (m.confusionLabels().isEmpty()) {
            return labelConfusion(m);
        }
        int n = m.confusionLabels().size();
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                v[i][j] = m.confusion()[i][j];
            }
        }
        return java.util.Optional.of(new ChartSpec(ChartNames.of("confusion", m.name()),
                "Model " + m.name() + ": confusion matrix (evaluation)",
                "Rows: true label; columns: predicted label; cells: articles, from the model's own evaluation"
                        + " (metrics.json), not this run.",
                new HeatData("Predicted label", "True label", "articles", m.confusionLabels(), m.confusionLabels(), v)));
    }

    java.util.Optional<ChartSpec> perClassF1(ModelMetrics m) {
        if (m.perClass().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> labels = m.perClass().keySet().stream().sorted().toList();
        double[] f1 = labels.stream().mapToDouble(l -> m.perClass().get(l)[2]).toArray();
        double[] p = labels.stream().mapToDouble(l -> m.perClass().get(l)[0]).toArray();
        double[] r = labels.stream().mapToDouble(l -> m.perClass().get(l)[1]).toArray();
        return java.util.Optional.of(new ChartSpec(ChartNames.of("f1", m.name()),
                "Model " + m.name() + ": precision, recall and F1 per class (evaluation)",
                "From the model's evaluation (metrics.json)" + (Double.isNaN(m.macroF1()) ? "." : String.format(
                        Locale.ROOT, "; macro-F1 %.3f.", m.macroF1())),
                new BarData("Class", "score (0–1)", labels, List.of(new BarData.Series("precision", p),
                        new BarData.Series("recall", r), new BarData.Series("F1", f1)), false)));
    }
}
