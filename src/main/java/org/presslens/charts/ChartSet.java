package org.presslens.charts;

import org.presslens.core.Numbers;
import org.presslens.features.FeatureInfo;
import java.util.ArrayList;
import java.time.LocalDate;
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
import org.presslens.stats.OutletComparison;
import org.presslens.stats.OutletRow;

/**
 * Decides which charts a run gets and builds their {@link ChartSpec}s from a {@link Comparison} and the
 * models' evaluations: feature bars with intervals and box plots for the key features, the framing heat
 * map, predicted-label shares, the outlet profile, keyness per outlet, time series, the scatter of
 * attribution against hedging, and per model a confusion matrix and per-class F1.
 *
 * <p>Outlets shown: one {@link OutletSelection} for every chart of the run, the outlets named with
 * {@code --outlets}, else the {@code maxOutlets} largest by article count (charts by outlet stay readable with
 * hundreds of outlets; the CSV tables keep them all). An outlet has the same colour in every chart; charts
 * with a colour per outlet (profile, scatter, time series) colour the first {@link Palette#size()} of the
 * selection. Where a chart has room (box plots, scatter, article counts over time) the outlets not shown are
 * one grey "other outlets" group, drawn underneath.
 */
public final class ChartSet {
    /** Most points drawn in a scatter (every k-th article beyond that, stated in the caption). */
    static final int MAX_POINTS = 4000;
    /** Terms per direction in a keyness chart. */
    static final int KEYNESS_TERMS = 8;
    /** Fewest dated articles in a period for its shares to be drawn (one lone article would be a 100 % share). */
    static final int MIN_SHARE_ARTICLES = 5;
    /** Most outlets in a time series of a feature's mean: each has a smoothed line and an interval band. */
    static final int BANDED_OUTLETS = 4;

    /** G² at p = 0.05 (chi-square, 1 df). */
    static final double P05 = 3.841458820694124;
    private final int maxOutlets;
    private final List<String> outlets;
    private final Map<String, FeatureInfo> declared;
    /** The selection of the comparison being charted (set by {@link #all} and {@link #forFeature}). */
    private OutletSelection sel;
    private Comparison selFor;

    /**
     * A chart set showing at most {@code maxOutlets} outlets in charts by outlet; features named by their columns,
     * with the units their names say.
     */
    public ChartSet(int maxOutlets) {
        this(maxOutlets, List.of(), Map.of());
    }

    /**
     * A chart set showing the outlets named in {@code outlets} (exact names as in the run's tables; empty: the
     * {@code maxOutlets} largest) in every chart by outlet, with the features' labels, units and definitions
     * as declared ({@link FeatureInfo} by column name; a column not declared is named as it is).
     */
    public ChartSet(int maxOutlets, List<String> outlets, Map<String, FeatureInfo> declared) {
        this.maxOutlets = maxOutlets;
        this.outlets = List.copyOf(outlets);
        this.declared = Map.copyOf(declared);
    }

    /** The declaration of a column, or one made from its name. */
    private FeatureInfo info(String feature) {
        return FeatureLabels.info(feature, declared);
    }

    /** " Column hedging.hedge_rate: hedges × 1000 / words." */
    private String columnNote(String feature) {
        String d = info(feature).definition();
        return " Column " + feature + (d.isEmpty() ? "." : ": " + d + ".");
    }

    /**
     * The outlets every chart of this comparison shows.
     *
     * @throws OutletSelection.UnknownOutletsException when a named outlet is not in the run
     */
    public OutletSelection selection(Comparison c) {
        if (selFor != c) {
            sel = OutletSelection.of(c.table(), outlets, maxOutlets);
            selFor = c;
        }
        return sel;
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

    /** Indices of the outlets shown, in selection order (largest first, or as named with --outlets). */
    List<Integer> shownOutlets(Comparison c, int max) {
        List<Integer> all = selection(c).indices();
        return all.subList(0, Math.min(max, all.size()));
    }

    private String outletNote(Comparison c, List<Integer> shown) {
        int total = c.table().outlets().size();
        if (shown.size() == total) {
            return "";
        }
        boolean fixed = selection(c).fixed();
        return String.format(Locale.ROOT, " Shown: %d of %d outlets (%s); all are in outlets.csv.", shown.size(),
                total, fixed ? "chosen with --outlets" : "the largest by article count");
    }

    /** Mean axis title: {@code Hedge rate (per 1,000 words), mean per article}. */
    private String meanAxis(String feature) {
        return FeatureLabels.axis(info(feature)) + ", mean per article";
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

    /** Dot-and-whisker chart of a feature's outlet means with their intervals, sorted by mean (largest on top). */
    ChartSpec featureBars(Comparison c, String feature) {
        List<Integer> shown = shownOutlets(c, Integer.MAX_VALUE);
        OutletSelection selection = selection(c);
        List<Integer> order = new ArrayList<>(shown);
        Map<Integer, OutletRow> rows = new LinkedHashMap<>();
        shown.forEach(o -> rows.put(o, row(c, c.table().outlets().get(o), feature, "")));
        java.util.function.ToDoubleFunction<Integer> mean = o -> rows.get(o) == null ? Double.NaN : rows.get(o).mean();
        // largest mean first (top of the chart); outlets without a value last; ties by name
        order.sort(Comparator.comparing((Integer o) -> Double.isNaN(mean.applyAsDouble(o)))
                .thenComparing(Comparator.comparingDouble(mean).reversed())
                .thenComparing(o -> c.table().outlets().get(o)));
        int n = order.size();
        List<String> names = new ArrayList<>();
        double[] m = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        int[] colors = new int[n];
        for (int k = 0; k < n; k++) {
            int o = order.get(k);
            OutletRow r = rows.get(o);
            names.add(c.table().outlets().get(o));
            m[k] = r == null ? Double.NaN : r.mean();
            lo[k] = r == null ? Double.NaN : r.ciLow();
            hi[k] = r == null ? Double.NaN : r.ciHigh();
            colors[k] = selection.position(o);
        }
        int pct = (int) Math.round(c.config().confidence() * 100);
        return new ChartSpec(ChartNames.of("feature", feature), info(feature).label() + " by outlet: mean with " + pct
                + " % CI", "Dots: mean per article; whiskers: " + pct + " % percentile bootstrap interval ("
                        + c.config().bootstrapSamples() + " resamples); outlets sorted by mean, highest on top."
                        + columnNote(feature) + kwNote(c, feature) + outletNote(c, shown),
                new DotData(meanAxis(feature), "Outlet", names, m, lo, hi, colors));
    }

    ChartSpec featureBoxes(Comparison c, String feature) {
        List<Integer> shown = shownOutlets(c, Integer.MAX_VALUE);
        int f = c.table().featureIndex(feature);
        List<String> names = new ArrayList<>(shown.stream().map(o -> c.table().outlets().get(o)).toList());
        List<double[]> values = new ArrayList<>(shown.stream().map(o -> c.table().valuesFor(f, o)).toList());
        List<Integer> colors = new ArrayList<>(shown.stream().map(selection(c)::position).toList());
        double[] rest = restValues(c, f, shown);
        String other = "";
        if (rest.length > 0) {
            names.add(OutletSelection.OTHER);
            values.add(rest);
            colors.add(-1);
            other = " Grey: the articles of all other outlets together.";
        }
        return new ChartSpec(ChartNames.of("box", feature), info(feature).label() + " by outlet: distribution per"
                + " article", "Boxes: quartiles; line: median; whiskers: the most extreme values within 1.5 × the"
                        + " interquartile range; dots: values beyond." + other + columnNote(feature)
                        + outletNote(c, shown),
                new BoxData("Outlet", FeatureLabels.axis(info(feature)), names, values,
                        colors.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The values of feature {@code f} over the articles of outlets not in {@code shown} (NaN left out). */
    private static double[] restValues(Comparison c, int f, List<Integer> shown) {
        ArticleTable t = c.table();
        java.util.Set<Integer> in = new java.util.HashSet<>(shown);
        return IntStream.range(0, t.size()).filter(i -> !in.contains(t.outletOf(i))).mapToDouble(i -> t.value(f, i))
                .filter(v -> !Double.isNaN(v)).toArray();
    }

    java.util.Optional<ChartSpec> framingHeatmap(Comparison c) {
        List<String> framing = framingRates(c.features());
        if (framing.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Integer> shown = shownOutlets(c, Integer.MAX_VALUE);
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
        List<Integer> shown = shownOutlets(c, Integer.MAX_VALUE);
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
        List<Integer> shown = shownOutlets(c, Palette.size());
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
                new BarData("Measure", "difference from corpus mean (SD units)",
                        measures.stream().map(m -> info(m).label()).toList(), series, false)));
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
        List<Integer> shown = shownOutlets(c, Palette.size());
        int stride = Math.max(1, (t.size() + MAX_POINTS - 1) / MAX_POINTS);
        Map<Integer, List<double[]>> pts = new LinkedHashMap<>();
        pts.put(-1, new ArrayList<>()); // "other outlets" first: drawn underneath the coloured points
        shown.forEach(o -> pts.put(o, new ArrayList<>()));
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
                series.add(new XYData.Series(o < 0 ? OutletSelection.OTHER : t.outlets().get(o),
                        l.stream().mapToDouble(p -> p[0]).toArray(), l.stream().mapToDouble(p -> p[1]).toArray(),
                        o < 0 ? -1 : selection(c).position(o)));
            }
        });
        String note = (stride > 1 ? " Every " + stride + "th article is drawn." : "")
                + (pts.get(-1).isEmpty() ? "" : " Grey, underneath: articles of the other outlets.")
                + outletNote(c, shown);
        return java.util.Optional.of(new ChartSpec("scatter-attribution-hedging",
                "Attribution against hedging, one point per article",
                "x: " + x + ", y: " + y + "." + note, new XYData(FeatureLabels.axis(info(x)),
                FeatureLabels.axis(info(y)), series, false, false)));
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
        for (int o : shownOutlets(c, Integer.MAX_VALUE)) {
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

    /** Share of a period's days the run's dates must cover for the period to count as complete. */
    static final double FULL_PERIOD = 0.9;

    List<ChartSpec> timeseries(Comparison c, List<String> keys) {
        if (c.timeseries().isEmpty()) {
            return List.of();
        }
        Periods p = Periods.of(c);
        List<Integer> shown = shownOutlets(c, Palette.size());
        String bin = c.timeBin();
        List<ChartSpec> out = new ArrayList<>();
        // per shown outlet and period: article count (0 in a period where only other outlets have articles)
        ArticleTable t = c.table();
        double[] total = new double[p.size()];
        double[][] counts = new double[shown.size()][p.size()];
        double[] rest = new double[p.size()];
        for (int i = 0; i < t.size(); i++) {
            LocalDate d = t.date(i);
            if (d == null) {
                continue;
            }
            int k = p.index(d);
            total[k]++;
            int s = shown.indexOf(t.outletOf(i));
            if (s >= 0) {
                counts[s][k]++;
            } else {
                rest[k]++;
            }
        }
        boolean hasRest = Arrays.stream(rest).sum() > 0;
        List<TimeData.Series> articles = new ArrayList<>();
        List<TimeData.Series> shares = new ArrayList<>();
        for (int s = 0; s < shown.size(); s++) {
            double[] n = counts[s].clone();
            double[] share = new double[p.size()];
            for (int k = 0; k < p.size(); k++) {
                n[k] = total[k] == 0 ? Double.NaN : n[k];
                share[k] = total[k] < MIN_SHARE_ARTICLES ? Double.NaN : 100 * counts[s][k] / total[k];
            }
            String outlet = t.outlets().get(shown.get(s));
            int color = selection(c).position(shown.get(s));
            articles.add(new TimeData.Series(outlet, n, color));
            shares.add(new TimeData.Series(outlet, share, color));
        }
        if (hasRest) {
            double[] n = rest.clone();
            double[] share = new double[p.size()];
            for (int k = 0; k < p.size(); k++) {
                n[k] = total[k] == 0 ? Double.NaN : n[k];
                share[k] = total[k] < MIN_SHARE_ARTICLES ? Double.NaN : 100 * rest[k] / total[k];
            }
            articles.add(new TimeData.Series(OutletSelection.OTHER, n, -1));
            shares.add(new TimeData.Series(OutletSelection.OTHER, share, -1));
        }
        String other = hasRest ? " Grey: all other outlets together." : "";
        out.add(timeChart(c, p, shown, "timeseries-articles", "Articles per " + bin + " by outlet",
                "articles per " + bin, articles, " A gap: a " + bin + " without any dated article in the run; 0: "
                        + "articles of other outlets only." + other));
        out.add(timeChart(c, p, shown, "timeseries-share", "Share of each " + bin + "'s articles by outlet",
                "% of the " + bin + "'s articles", shares, " Each point: the outlet's articles as a percentage of all"
                        + " dated articles of the run in the " + bin + (hasRest ? " (the lines, grey included, add up"
                        + " to 100 %)" : " (the lines add up to 100 %)") + "; a gap: a " + bin + " with fewer than "
                        + MIN_SHARE_ARTICLES + " dated articles, too few for a share." + other));
        if (!keys.isEmpty()) {
            String f = keys.get(0);
            int fi = c.features().indexOf(f);
            List<Integer> banded = shown.subList(0, Math.min(shown.size(), BANDED_OUTLETS));
            List<TimeData.Series> means = new ArrayList<>();
            for (int o : banded) {
                String outlet = t.outlets().get(o);
                double[] v = new double[p.size()];
                double[] n = new double[p.size()];
                double[] lo = new double[p.size()];
                double[] hi = new double[p.size()];
                Arrays.fill(v, Double.NaN);
                Arrays.fill(lo, Double.NaN);
                Arrays.fill(hi, Double.NaN);
                c.timeseries().stream().filter(r -> r.outlet().equals(outlet)).forEach(r -> {
                    int k = p.index(r.periodStart());
                    v[k] = r.means()[fi];
                    n[k] = r.ns()[fi];
                    lo[k] = v[k] - r.halfWidth95(fi);
                    hi[k] = v[k] + r.halfWidth95(fi);
                });
                means.add(new TimeData.Series(outlet, v, selection(c).position(o), smoothed(v, n), lo, hi));
            }
            // start at the first period with a value of these outlets (one early article elsewhere would leave
            // most of the axis empty)
            int first = means.stream().mapToInt(m -> firstValue(m.values())).min().orElse(0);
            Periods from = first > 0 && first < p.size() ? p.from(first) : p;
            if (from != p) {
                means.replaceAll(m -> new TimeData.Series(m.name(), tail(m.values(), first), m.color(),
                        tail(m.smooth(), first), tail(m.low(), first), tail(m.high(), first)));
            }
            String fewer = banded.size() < shown.size() ? String.format(Locale.ROOT, " The %d largest of the %d"
                    + " outlets shown elsewhere (more bands would hide one another).", banded.size(), shown.size()) : "";
            out.add(timeChart(c, from, banded, ChartNames.of("timeseries", f), info(f).label() + " per " + bin
                    + " by outlet", meanAxis(f), means, " Dots: mean over the outlet's articles in the " + bin
                            + "; line: centred moving average over three " + bin + "s, weighted by articles, never"
                            + " drawn across a " + bin + " without articles of the outlet; thin lines: 95 % interval of"
                            + " the " + bin + "'s mean (mean ± 1.96 SD / √n, shown from two articles)." + fewer
                            + columnNote(f)));
        }
        return out;
    }

    private static int firstValue(double[] v) {
        for (int k = 0; k < v.length; k++) {
            if (!Double.isNaN(v[k])) {
                return k;
            }
        }
        return v.length;
    }

    private static double[] tail(double[] v, int first) {
        return Arrays.copyOfRange(v, first, v.length);
    }

    /**
     * Centred moving average over three periods weighted by article counts {@code n}: at each period with a value,
     * the weighted mean of the values present among it and its two neighbours; NaN where the period has none.
     */
    static double[] smoothed(double[] v, double[] n) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            if (Double.isNaN(v[k])) {
                out[k] = Double.NaN;
                continue;
            }
            double sum = 0;
            double weight = 0;
            for (int q = Math.max(0, k - 1); q <= Math.min(v.length - 1, k + 1); q++) {
                if (!Double.isNaN(v[q]) && n[q] > 0) {
                    sum += n[q] * v[q];
                    weight += n[q];
                }
            }
            out[k] = weight > 0 ? sum / weight : v[k];
        }
        return out;
    }

    private ChartSpec timeChart(Comparison c, Periods p, List<Integer> shown, String name, String title,
                                String yTitle, List<TimeData.Series> series, String extra) {
        String bin = c.timeBin();
        String partial = p.partialLast() ? String.format(Locale.ROOT, " The last %s (%s) is partial: the run's dates"
                + " end on %s; its points are hollow, joined by a dashed line.", bin, p.labels().get(p.size() - 1),
                p.lastDate()) : "";
        String axis = switch (bin) {
            case "week" -> "Week (ISO)";
            case "quarter" -> "Quarter";
            case "year" -> "Year";
            default -> "Month";
        };
        return new ChartSpec(name, title, "x: every " + bin + " from the first " + (p.trimmed() ? "dated article of the"
                + " outlets shown" : "dated article") + " to the last of the run; lines are"
                + " never drawn across a gap." + extra + partial + " Lines that coincide hide one another; the CSV has"
                + " every value." + outletNote(c, shown),
                new TimeData(axis, yTitle, p.labels(), p.starts(), series, p.partialLast()));
    }

    /**
     * Every period from the first to the last dated article, with labels as in {@code timeseries.csv}, and
     * whether the last one is partial (the run's dates cover less than {@link #FULL_PERIOD} of its days);
     * {@code trimmed}: the first periods were left out ({@link #from}).
     */
    record Periods(String bin, List<LocalDate> starts, List<String> labels, LocalDate lastDate, boolean partialLast,
                   boolean trimmed) {
        static Periods of(Comparison c) {
            LocalDate[] range = c.table().dateRange();
            return of(c.timeBin(), range == null ? null : range[0], range == null ? null : range[1]);
        }

        static Periods of(String bin, LocalDate min, LocalDate max) {
            List<LocalDate> starts = new ArrayList<>();
            for (LocalDate s = OutletComparison.periodStart(min, bin); !s.isAfter(max); s = next(s, bin)) {
                starts.add(s);
            }
            LocalDate last = starts.get(starts.size() - 1);
            long days = java.time.temporal.ChronoUnit.DAYS.between(last, next(last, bin));
            long covered = java.time.temporal.ChronoUnit.DAYS.between(last, max) + 1;
            return new Periods(bin, starts, starts.stream().map(s -> OutletComparison.periodLabel(s, bin)).toList(),
                    max, covered < FULL_PERIOD * days, false);
        }

        /** The periods from index {@code first} on (the same last period). */
        Periods from(int first) {
            return new Periods(bin, starts.subList(first, starts.size()), labels.subList(first, labels.size()), lastDate,
                    partialLast, true);
        }

        static LocalDate next(LocalDate start, String bin) {
            return switch (bin) {
                case "year" -> start.plusYears(1);
                case "quarter" -> start.plusMonths(3);
                case "month" -> start.plusMonths(1);
                default -> start.plusWeeks(1);
            };
        }

        int size() {
            return starts.size();
        }

        /** Index of the period holding a date. */
        int index(LocalDate d) {
            return java.util.Collections.binarySearch(starts, OutletComparison.periodStart(d, bin));
        }
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
