package org.presslens.stats;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.presslens.core.Background;
import org.presslens.core.CsvCells;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares outlets: per-outlet summaries with bootstrap intervals, rank tests between outlets, chi-square
 * tests of predicted labels, keyness of lexicon terms and time series. Deterministic for a given table,
 * terms file and configuration (seeded bootstrap, sorted outlets, features in column order).
 */
public final class OutletComparison {
    /** {@code groupA} of tests across all tested outlets. */
    public static final String ALL_TESTED = "all tested outlets";
    private static final Logger LOG = LoggerFactory.getLogger(OutletComparison.class);

    private final StatsConfig config;
    private final OutletSummaryRunner summaries;

    /** A comparison with the given settings, computed in this process. */
    public OutletComparison(StatsConfig config) {
        this(config, OutletSummaryRunner.LOCAL);
    }

    /** A comparison with the given settings whose per-outlet feature summaries {@code summaries} computes. */
    public OutletComparison(StatsConfig config, OutletSummaryRunner summaries) {
        this.config = config;
        this.summaries = summaries;
    }

    /**
     * Computes every table; {@code termsCsv} may be null or absent (no keyness then), its text cells written in
     * mode {@code cells}.
     */
    public Comparison compare(ArticleTable table, Path termsCsv, CsvCells cells) {
        int[] sizes = table.outletSizes();
        List<String> outlets = table.outlets();
        boolean[] tested = new boolean[outlets.size()];
        for (int o = 0; o < tested.length; o++) {
            tested[o] = sizes[o] >= config.minOutletArticles();
        }
        // keyness reads terms.csv on a thread of its own while the outlets are summarised and tested on all cores
        Background<List<KeynessRow>> keynessRows = termsCsv != null && Files.exists(termsCsv)
                ? Background.start("presslens-keyness", () -> keyness(table, termsCsv, cells, tested))
                : Background.done(List.of());
        List<OutletRow> rows = new ArrayList<>();
        rows.addAll(featureSummaries(table, sizes, tested));
        rows.addAll(labelSummaries(table, sizes, tested));
        rows.sort(Comparator.comparing(OutletRow::outlet));
        List<TestRow> tests = new ArrayList<>();
        tests.addAll(notTested(table, sizes, tested));
        tests.addAll(featureTests(table, tested));
        tests.addAll(labelTests(table, tested));
        List<KeynessRow> keyness = keynessRows.join();
        String bin = timeBin(table);
        List<TimeRow> ts = bin.isEmpty() ? List.of() : timeseries(table, bin);
        return new Comparison(table, config, table.features(), rows, tests, keyness, bin, ts);
    }

    private String status(boolean tested, int size) {
        return tested ? "tested" : "not tested: " + size + " article" + (size == 1 ? "" : "s")
                + ", fewer than " + config.minOutletArticles();
    }

    /** Outlet by outlet (the rows are sorted by outlet afterwards, a stable sort: features stay in column order). */
    private List<OutletRow> featureSummaries(ArticleTable t, int[] sizes, boolean[] tested) {
        List<String> outlets = t.outlets();
        List<OutletFeatureSummary> work = new ArrayList<>(outlets.size());
        for (int o = 0; o < outlets.size(); o++) {
            double[][] values = new double[t.features().size()][];
            for (int f = 0; f < values.length; f++) {
                values[f] = t.valuesFor(f, o);
            }
            work.add(new OutletFeatureSummary(outlets.get(o), sizes[o], status(tested[o], sizes[o]), t.features(),
                    values, config));
        }
        return summaries.run(work).stream().flatMap(List::stream).toList();
    }

    /** Labels of a model in sorted order, and whether it is multi-label (any prediction holds ';'). */
    static List<String> labels(ArticleTable t, String model) {
        TreeSet<String> labels = new TreeSet<>();
        for (int i = 0; i < t.size(); i++) {
            for (String l : split(t.prediction(model, i))) {
                labels.add(l);
            }
        }
        return List.copyOf(labels);
    }

    static boolean multiLabel(ArticleTable t, String model) {
        for (int i = 0; i < t.size(); i++) {
            if (t.prediction(model, i).indexOf(';') >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String[] split(String pred) {
        if (pred.isEmpty()) {
            return new String[0];
        }
        return Arrays.stream(pred.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private List<OutletRow> labelSummaries(ArticleTable t, int[] sizes, boolean[] tested) {
        Bootstrap boot = new Bootstrap(config.bootstrapSamples(), config.confidence(), config.seed());
        List<OutletRow> rows = new ArrayList<>();
        List<String> outlets = t.outlets();
        for (String model : t.models()) {
            boolean multi = multiLabel(t, model);
            List<String> labels = labels(t, model);
            List<List<Integer>> byOutlet = new ArrayList<>();
            outlets.forEach(x -> byOutlet.add(new ArrayList<>()));
            for (int i = 0; i < t.size(); i++) {
                if (multi || !t.prediction(model, i).isEmpty()) {
                    byOutlet.get(t.outletOf(i)).add(i);
                }
            }
            // each article's labels split once; every (outlet, label) interval a unit of work for the common pool,
            // the rows kept in outlet-then-label order
            List<List<String>> predicted = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) {
                predicted.add(Arrays.asList(split(t.prediction(model, i))));
            }
            rows.addAll(IntStream.range(0, outlets.size() * labels.size()).parallel().mapToObj(k -> {
                int o = k / labels.size();
                String label = labels.get(k % labels.size());
                List<Integer> members = byOutlet.get(o);
                double[] ind = new double[members.size()];
                int count = 0;
                for (int m = 0; m < ind.length; m++) {
                    if (predicted.get(members.get(m)).contains(label)) {
                        ind[m] = 1;
                        count++;
                    }
                }
                double share = ind.length == 0 ? Double.NaN : (double) count / ind.length;
                double[] ci = boot.meanInterval(ind, outlets.get(o) + "\u0000pred." + model + "=" + label);
                return new OutletRow(outlets.get(o), sizes[o], status(tested[o], sizes[o]), OutletRow.LABEL,
                        "pred." + model, label, ind.length, share, Double.NaN, Double.NaN, ci[0], ci[1], count);
            }).toList());
        }
        return rows;
    }

    private List<TestRow> notTested(ArticleTable t, int[] sizes, boolean[] tested) {
        List<TestRow> rows = new ArrayList<>();
        for (int o = 0; o < tested.length; o++) {
            if (!tested[o]) {
                rows.add(new TestRow("not_tested", "", t.outlets().get(o), "", sizes[o], 0, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, "", Double.NaN, status(false, sizes[o])
                        + "; summarised in outlets.csv, left out of every test"));
            }
        }
        return rows;
    }

    private List<TestRow> featureTests(ArticleTable t, boolean[] tested) {
        int[] idx = IntStream.range(0, tested.length).filter(o -> tested[o]).toArray();
        List<String> outlets = t.outlets();
        List<List<TestRow>> perFeature = IntStream.range(0, t.features().size()).parallel().mapToObj(f -> {
            String feature = t.features().get(f);
            List<TestRow> rows = new ArrayList<>();
            List<double[]> groups = new ArrayList<>();
            List<Integer> present = new ArrayList<>();
            for (int o : idx) {
                double[] v = t.valuesFor(f, o);
                if (v.length > 0) {
                    groups.add(v);
                    present.add(o);
                }
            }
            if (groups.size() < 2) {
                rows.add(new TestRow("kruskal_wallis", feature, ALL_TESTED, "", 0, 0, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, "epsilon_squared", Double.NaN,
                        "fewer than two tested outlets have values"));
                return rows;
            }
            RankTests.KruskalWallis kw = RankTests.kruskalWallis(groups);
            String note = Double.isNaN(kw.h()) ? "all values equal" : "";
            if (groups.size() > config.maxPairwiseOutlets()) {
                note = (note.isEmpty() ? "" : note + "; ") + "pairwise tests only between the "
                        + config.maxPairwiseOutlets() + " largest of " + groups.size() + " tested outlets";
            }
            rows.add(new TestRow("kruskal_wallis", feature, ALL_TESTED + " (" + groups.size() + ")", "", kw.n(), 0,
                    kw.h(), kw.df(), kw.p(), Double.NaN, "epsilon_squared", kw.epsilonSquared(), note));
            List<TestRow> pairs = new ArrayList<>();
            boolean[] pairwise = pairwiseOutlets(groups, present, t);
            List<double[]> sorted = new ArrayList<>(groups.size()); // each outlet sorted once for all its pairs
            for (int g = 0; g < groups.size(); g++) {
                double[] v = groups.get(g);
                if (pairwise[g]) {
                    v = v.clone();
                    Arrays.sort(v);
                }
                sorted.add(v);
            }
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    if (!pairwise[a] || !pairwise[b]) {
                        continue;
                    }
                    RankTests.MannWhitney mw = RankTests.mannWhitneySorted(sorted.get(a), sorted.get(b));
                    pairs.add(new TestRow("mann_whitney", feature, outlets.get(present.get(a)),
                            outlets.get(present.get(b)), groups.get(a).length, groups.get(b).length, mw.u(),
                            Double.NaN, mw.p(), Double.NaN, "cliffs_delta", mw.cliffsDelta(),
                            Double.isNaN(mw.p()) ? "all values equal" : ""));
                }
            }
            double[] holm = RankTests.holm(pairs.stream().mapToDouble(TestRow::p).toArray());
            for (int k = 0; k < pairs.size(); k++) {
                TestRow r = pairs.get(k);
                rows.add(new TestRow(r.test(), r.measure(), r.groupA(), r.groupB(), r.nA(), r.nB(), r.statistic(),
                        r.df(), r.p(), holm[k], r.effectName(), r.effectSize(), r.note()));
            }
            return rows;
        }).toList();
        // Holm across features for the Kruskal–Wallis tests (one family: "does this feature differ at all?")
        List<TestRow> kwRows = perFeature.stream().map(l -> l.get(0)).toList();
        double[] holm = RankTests.holm(kwRows.stream().mapToDouble(TestRow::p).toArray());
        List<TestRow> out = new ArrayList<>();
        for (int f = 0; f < perFeature.size(); f++) {
            TestRow r = kwRows.get(f);
            out.add(new TestRow(r.test(), r.measure(), r.groupA(), r.groupB(), r.nA(), r.nB(), r.statistic(), r.df(),
                    r.p(), holm[f], r.effectName(), r.effectSize(), r.note()));
            out.addAll(perFeature.get(f).subList(1, perFeature.get(f).size()));
        }
        return out;
    }

    /** Which groups take part in pairwise tests: the {@code maxPairwiseOutlets} with most articles. */
    private boolean[] pairwiseOutlets(List<double[]> groups, List<Integer> present, ArticleTable t) {
        boolean[] in = new boolean[groups.size()];
        int[] sizes = t.outletSizes();
        IntStream.range(0, groups.size()).boxed()
                .sorted(Comparator.comparingInt((Integer g) -> -sizes[present.get(g)]).thenComparing(g -> g))
                .limit(config.maxPairwiseOutlets()).forEach(g -> in[g] = true);
        return in;
    }

    private List<TestRow> labelTests(ArticleTable t, boolean[] tested) {
        List<TestRow> out = new ArrayList<>();
        int[] idx = IntStream.range(0, tested.length).filter(o -> tested[o]).toArray();
        for (String model : t.models()) {
            boolean multi = multiLabel(t, model);
            List<String> labels = labels(t, model);
            List<TestRow> rows = new ArrayList<>();
            if (!multi) {
                long[][] table = new long[idx.length][labels.size()];
                for (int i = 0; i < t.size(); i++) {
                    int row = Arrays.binarySearch(idx, t.outletOf(i));
                    String p = t.prediction(model, i);
                    if (row >= 0 && !p.isEmpty()) {
                        table[row][labels.indexOf(p)]++;
                    }
                }
                rows.add(chiSquare("pred." + model, table));
            } else {
                for (String label : labels) {
                    long[][] table = new long[idx.length][2];
                    for (int i = 0; i < t.size(); i++) {
                        int row = Arrays.binarySearch(idx, t.outletOf(i));
                        if (row >= 0) {
                            boolean has = Arrays.asList(split(t.prediction(model, i))).contains(label);
                            table[row][has ? 0 : 1]++;
                        }
                    }
                    rows.add(chiSquare("pred." + model + "=" + label, table));
                }
                double[] holm = RankTests.holm(rows.stream().mapToDouble(TestRow::p).toArray());
                for (int k = 0; k < rows.size(); k++) {
                    TestRow r = rows.get(k);
                    rows.set(k, new TestRow(r.test(), r.measure(), r.groupA(), r.groupB(), r.nA(), r.nB(),
                            r.statistic(), r.df(), r.p(), holm[k], r.effectName(), r.effectSize(), r.note()));
                }
            }
            out.addAll(rows);
        }
        return out;
    }

    /** Chi-square test of independence on a contingency table, dropping empty rows and columns. */
    static TestRow chiSquare(String measure, long[][] raw) {
        long[][] table = dropEmpty(raw);
        long n = Arrays.stream(table).flatMapToLong(Arrays::stream).sum();
        if (table.length < 2 || table[0].length < 2) {
            return new TestRow("chi_square", measure, ALL_TESTED, "", (int) n, 0, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, "cramers_v", Double.NaN,
                    "needs at least two outlets and two labels with predictions");
        }
        ChiSquareTest test = new ChiSquareTest();
        double chi = test.chiSquare(table);
        double p = test.chiSquareTest(table);
        int r = table.length;
        int c = table[0].length;
        double v = Math.sqrt(chi / (n * (Math.min(r, c) - 1.0)));
        long[] rowSum = Arrays.stream(table).mapToLong(x -> Arrays.stream(x).sum()).toArray();
        long[] colSum = new long[c];
        for (long[] row : table) {
            for (int j = 0; j < c; j++) {
                colSum[j] += row[j];
            }
        }
        int small = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if ((double) rowSum[i] * colSum[j] / n < 5) {
                    small++;
                }
            }
        }
        String note = small == 0 ? "" : String.format(Locale.ROOT,
                "%d of %d cells have expected counts below 5: the chi-square approximation is rough", small, r * c);
        return new TestRow("chi_square", measure, ALL_TESTED + " (" + r + ")", "", (int) n, 0, chi,
                (r - 1.0) * (c - 1.0), p, Double.NaN, "cramers_v", v, note);
    }

    private static long[][] dropEmpty(long[][] t) {
        if (t.length == 0) {
            return t;
        }
        int c = t[0].length;
        List<Integer> cols = new ArrayList<>();
        for (int j = 0; j < c; j++) {
            long s = 0;
            for (long[] row : t) {
                s += row[j];
            }
            if (s > 0) {
                cols.add(j);
            }
        }
        List<long[]> rows = new ArrayList<>();
        for (long[] row : t) {
            long[] r = cols.stream().mapToLong(j -> row[j]).toArray();
            if (Arrays.stream(r).sum() > 0) {
                rows.add(r);
            }
        }
        return rows.toArray(long[][]::new);
    }

    private List<KeynessRow> keyness(ArticleTable t, Path termsCsv, CsvCells cells, boolean[] tested) {
        Map<String, Integer> outletOfId = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            outletOfId.put(t.ids().get(i), t.outletOf(i));
        }
        int k = t.outlets().size();
        long[] words = new long[k];
        int wordsF = t.featureIndex("words");
        for (int i = 0; i < t.size(); i++) {
            double w = wordsF < 0 ? Double.NaN : t.value(wordsF, i);
            if (!Double.isNaN(w)) {
                words[t.outletOf(i)] += (long) w;
            }
        }
        long total = Arrays.stream(words).sum();
        // key: lexicon \0 category \0 term; term "*" aggregates the category
        Map<String, long[]> counts = new TreeMap<>();
        int unknown = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(termsCsv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, format)) {
            for (String col : List.of("article_id", "lexicon", "category", "term")) {
                if (!p.getHeaderNames().contains(col)) {
                    throw new StatsException(termsCsv + ": header lacks column '" + col + "'; found " + p.getHeaderNames());
                }
            }
            for (CSVRecord rec : p) {
                Integer o = outletOfId.get(cells.read(rec.get("article_id")));
                if (o == null) {
                    unknown++;
                    continue;
                }
                String lex = cells.read(rec.get("lexicon"));
                String cat = cells.read(rec.get("category"));
                String term = cells.read(rec.get("term")).strip().toLowerCase(Locale.ROOT);
                counts.computeIfAbsent(lex + "\u0000" + cat + "\u0000" + term, x -> new long[k])[o]++;
                counts.computeIfAbsent(lex + "\u0000" + cat + "\u0000*", x -> new long[k])[o]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(termsCsv + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new StatsException(termsCsv + ": not valid CSV: " + e.getMessage(), e);
        }
        if (unknown > 0) {
            LOG.warn("{}: {} matches belong to article ids not in articles.csv; ignored", termsCsv, unknown);
        }
        List<KeynessRow> rows = new ArrayList<>();
        for (int o = 0; o < k; o++) {
            long c = words[o];
            long d = total - c;
            if (!tested[o] || c == 0 || d == 0) {
                continue;
            }
            for (Map.Entry<String, long[]> e : counts.entrySet()) {
                String[] key = e.getKey().split("\u0000", -1);
                long a = e.getValue()[o];
                long b = Arrays.stream(e.getValue()).sum() - a;
                double g2 = Keyness.g2(a, b, c, d);
                rows.add(new KeynessRow(t.outlets().get(o), key[0], key[1], key[2], a, b, c, d, g2, Keyness.p(g2),
                        Keyness.logRatio(a, b, c, d), Keyness.direction(a, b, c, d)));
            }
        }
        rows.sort(Comparator.comparing(KeynessRow::outlet).thenComparing(KeynessRow::g2, Comparator.reverseOrder())
                .thenComparing(KeynessRow::lexicon).thenComparing(KeynessRow::category)
                .thenComparing(KeynessRow::term));
        return rows;
    }

    /**
     * The configured bin, or for {@code auto}: week when the dates span at most 120 days, month up to three
     * years, quarter beyond; empty when no article has a date.
     */
    String timeBin(ArticleTable t) {
        LocalDate[] range = t.dateRange();
        if (range == null) {
            return "";
        }
        if (!config.timeBin().equals("auto")) {
            return config.timeBin();
        }
        long days = ChronoUnit.DAYS.between(range[0], range[1]);
        return days > 3 * 365 ? "quarter" : days > 120 ? "month" : "week";
    }

    /** Start of the week (Monday), month, quarter or year containing a date. */
    public static LocalDate periodStart(LocalDate d, String bin) {
        return switch (bin) {
            case "year" -> d.withDayOfYear(1);
            case "quarter" -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case "month" -> d.withDayOfMonth(1);
            default -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    /** Label of a period: ISO week {@code 2024-W11}, {@code 2024-03}, {@code 2024-Q1} or {@code 2024}. */
    public static String periodLabel(LocalDate start, String bin) {
        return switch (bin) {
            case "year" -> Integer.toString(start.getYear());
            case "quarter" -> String.format(Locale.ROOT, "%04d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case "month" -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
            default -> String.format(Locale.ROOT, "%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    private List<TimeRow> timeseries(ArticleTable t, String bin) {
        int nf = t.features().size();
        Map<String, Map<LocalDate, List<Integer>>> groups = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            LocalDate d = t.date(i);
            if (d != null) {
                groups.computeIfAbsent(t.outlets().get(t.outletOf(i)), x -> new TreeMap<>())
                        .computeIfAbsent(periodStart(d, bin), x -> new ArrayList<>()).add(i);
            }
        }
        List<TimeRow> rows = new ArrayList<>();
        groups.forEach((outlet, periods) -> periods.forEach((start, members) -> {
            double[] means = new double[nf];
            double[] sds = new double[nf];
            int[] ns = new int[nf];
            for (int f = 0; f < nf; f++) {
                double s = 0;
                int n = 0;
                for (int i : members) {
                    double v = t.value(f, i);
                    if (!Double.isNaN(v)) {
                        s += v;
                        n++;
                    }
                }
                double mean = n == 0 ? Double.NaN : s / n;
                double ss = 0;
                for (int i : members) {
                    double v = t.value(f, i);
                    if (!Double.isNaN(v)) {
                        ss += (v - mean) * (v - mean);
                    }
                }
                means[f] = mean;
                sds[f] = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
                ns[f] = n;
            }
            rows.add(new TimeRow(outlet, periodLabel(start, bin), start, members.size(), means, sds, ns));
        }));
        return rows;
    }

    /** Features in a family (the part before the first dot), in column order. */
    public static List<String> family(List<String> features, String family) {
        return features.stream().filter(f -> f.startsWith(family + ".")).toList();
    }

    /** Distinct families of features, in column order. */
    public static Set<String> families(List<String> features) {
        Set<String> s = new LinkedHashSet<>();
        for (String f : features) {
            int dot = f.indexOf('.');
            if (dot > 0) {
                s.add(f.substring(0, dot));
            }
        }
        return s;
    }
}
