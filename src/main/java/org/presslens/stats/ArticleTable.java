package org.presslens.stats;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.presslens.core.CsvCells;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The columns of a run's {@code articles.csv} that the statistics need, held column-wise in primitive arrays.
 *
 * <p>Feature columns are every {@code family.feature} column whose family is not {@code meta}, {@code pred}
 * or {@code prob}, plus {@code words} and {@code sentences}; an empty cell is a missing value ({@code NaN}).
 * Memory: 8 bytes per article and feature (100,000 articles × 80 features ≈ 64 MB), 4 bytes per article
 * for the outlet index and 4 for the per-outlet article lists, plus the ids and one interned label per
 * article and model; titles, bylines and pass-through metadata are not kept.
 *
 * <p>Outlet names pass through the caller's canonicaliser (renaming and merging); an empty outlet becomes
 * {@value #NO_OUTLET}. Outlets are sorted by name, so output order does not depend on input order.
 */
public final class ArticleTable {
    /** The outlet name used for articles whose outlet is unknown. */
    public static final String NO_OUTLET = "(no outlet)";
    private static final Logger LOG = LoggerFactory.getLogger(ArticleTable.class);
    /** The count columns that are features too. */
    public static final List<String> COUNTS = List.of("words", "sentences");
    private static final Set<String> NOT_FEATURES = Set.of("meta", "pred", "prob");

    private final List<String> ids;
    private final List<String> outlets;
    private final int[] outletOf;
    private final LocalDate[] dates;
    private final List<String> features;
    private final double[][] values;
    private final Map<String, String[]> predictions;
    private final int[][] members;

    private ArticleTable(List<String> ids, List<String> outlets, int[] outletOf, LocalDate[] dates,
                         List<String> features, double[][] values, Map<String, String[]> predictions) {
        this.ids = ids;
        this.outlets = outlets;
        this.outletOf = outletOf;
        this.dates = dates;
        this.features = features;
        this.values = values;
        this.predictions = predictions;
        int[] sizes = new int[outlets.size()];
        for (int o : outletOf) {
            sizes[o]++;
        }
        this.members = new int[outlets.size()][];
        for (int o = 0; o < sizes.length; o++) {
            members[o] = new int[sizes[o]];
        }
        int[] fill = new int[outlets.size()];
        for (int i = 0; i < outletOf.length; i++) {
            members[outletOf[i]][fill[outletOf[i]]++] = i;
        }
    }

    /** Builds a table from columns (used by tests and by callers that already hold the data). */
    public static ArticleTable of(List<String> ids, List<String> rawOutlets, List<LocalDate> dates,
                                  Map<String, double[]> features, Map<String, List<String>> predictions,
                                  UnaryOperator<String> canonical) {
        int n = ids.size();
        String[] canon = new String[n];
        TreeSet<String> names = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            canon[i] = canonicalOutlet(rawOutlets.get(i), canonical);
            names.add(canon[i]);
        }
        List<String> outletList = List.copyOf(names);
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int o = 0; o < outletList.size(); o++) {
            index.put(outletList.get(o), o);
        }
        int[] outletOf = new int[n];
        for (int i = 0; i < n; i++) {
            outletOf[i] = index.get(canon[i]);
        }
        double[][] vals = new double[features.size()][];
        int f = 0;
        for (double[] v : features.values()) {
            if (v.length != n) {
                throw new IllegalArgumentException("feature column of length " + v.length + ", expected " + n);
            }
            vals[f++] = v.clone();
        }
        Map<String, String[]> preds = new TreeMap<>();
        predictions.forEach((k, v) -> preds.put(k, v.toArray(String[]::new)));
        return new ArticleTable(List.copyOf(ids), outletList, outletOf, dates.toArray(LocalDate[]::new),
                List.copyOf(features.keySet()), vals, preds);
    }

    /**
     * Reads {@code articles.csv}. A malformed number is an error naming the file, line, column and value;
     * a date that is not ISO {@code yyyy-MM-dd} is treated as missing and logged.
     *
     * @param cells the mode the file's text cells were written in (the run's {@code csv_cells})
     */
    public static ArticleTable read(Path csv, UnaryOperator<String> canonical, CsvCells cells) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, format)) {
            List<String> header = p.getHeaderNames();
            for (String required : List.of("id", "outlet", "date", "words")) {
                if (!header.contains(required)) {
                    throw new StatsException(csv + ": header lacks column '" + required + "'; found " + header);
                }
            }
            List<String> featureCols = featureColumns(header);
            List<String> predCols = header.stream().filter(h -> h.startsWith("pred.")).toList();
            List<String> ids = new ArrayList<>();
            List<String> rawOutlets = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            List<DoubleColumn> cols = new ArrayList<>();
            featureCols.forEach(c -> cols.add(new DoubleColumn()));
            Map<String, List<String>> preds = new LinkedHashMap<>();
            predCols.forEach(c -> preds.put(c.substring("pred.".length()), new ArrayList<>()));
            Map<String, String> intern = new java.util.HashMap<>();
            int badDates = 0;
            for (CSVRecord rec : p) {
                long line = p.getCurrentLineNumber();
                if (rec.size() != header.size()) {
                    throw new StatsException(csv + " line " + line + ": " + rec.size() + " fields, expected "
                            + header.size() + " (as in the header)");
                }
                ids.add(cells.read(rec.get("id")));
                rawOutlets.add(cells.read(rec.get("outlet")));
                String d = cells.read(rec.get("date")).strip();
                LocalDate date = null;
                if (!d.isEmpty()) {
                    try {
                        date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
                    } catch (DateTimeParseException e) {
                        if (badDates++ == 0) {
                            LOG.warn("{} line {}: date '{}' is not ISO yyyy-MM-dd; treated as missing", csv, line, d);
                        }
                    }
                }
                dates.add(date);
                for (int i = 0; i < featureCols.size(); i++) {
                    String col = featureCols.get(i);
                    cols.get(i).add(parseNumber(cells.read(rec.get(col)), csv, line, col));
                }
                for (String pc : predCols) {
                    String v = cells.read(rec.get(pc)).strip();
                    preds.get(pc.substring("pred.".length())).add(intern.computeIfAbsent(v, k -> k));
                }
            }
            if (badDates > 1) {
                LOG.warn("{}: {} dates were not ISO yyyy-MM-dd and are treated as missing", csv, badDates);
            }
            Map<String, double[]> feats = new LinkedHashMap<>();
            for (int i = 0; i < featureCols.size(); i++) {
                feats.put(featureCols.get(i), cols.get(i).toArray());
            }
            return of(ids, rawOutlets, dates, feats, preds, canonical);
        } catch (IOException e) {
            throw new UncheckedIOException(csv + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new StatsException(csv + ": not valid CSV: " + e.getMessage(), e);
        }
    }

    /** The feature columns of a header: {@link #COUNTS} and {@code family.feature} outside meta, pred, prob. */
    public static List<String> featureColumns(List<String> header) {
        List<String> out = new ArrayList<>();
        for (String h : header) {
            int dot = h.indexOf('.');
            if (COUNTS.contains(h) || dot > 0 && !NOT_FEATURES.contains(h.substring(0, dot))) {
                out.add(h);
            }
        }
        return out;
    }

    /** The feature columns named by the header of a table ({@link #featureColumns(List)}). */
    public static List<String> featureColumns(Path csv) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().get())) {
            return featureColumns(p.getHeaderNames());
        } catch (IOException e) {
            throw new UncheckedIOException(csv + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new StatsException(csv + ": not valid CSV: " + e.getMessage(), e);
        }
    }

    static String canonicalOutlet(String raw, UnaryOperator<String> canonical) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return NO_OUTLET;
        }
        String c = canonical.apply(s);
        return c == null || c.isBlank() ? NO_OUTLET : c.strip();
    }

    private static double parseNumber(String cell, Path csv, long line, String col) {
        String s = cell.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new StatsException(csv + " line " + line + ", column " + col + ": '" + cell
                    + "' is not a number (expected a decimal such as 3.25, or an empty cell for missing)");
        }
    }

    /** Article ids in file order. */
    public List<String> ids() {
        return ids;
    }

    /** Number of articles. */
    public int size() {
        return outletOf.length;
    }

    /** Canonical outlet names, sorted. */
    public List<String> outlets() {
        return outlets;
    }

    /** Index into {@link #outlets()} of article {@code i}. */
    public int outletOf(int i) {
        return outletOf[i];
    }

    /** Date of article {@code i}, or null when unknown. */
    public LocalDate date(int i) {
        return dates[i];
    }

    /** The earliest and latest article date ({first, last}), or {@code null} when no article has a date. */
    public LocalDate[] dateRange() {
        LocalDate min = null;
        LocalDate max = null;
        for (LocalDate d : dates) {
            if (d != null) {
                min = min == null || d.isBefore(min) ? d : min;
                max = max == null || d.isAfter(max) ? d : max;
            }
        }
        return min == null ? null : new LocalDate[] {min, max};
    }

    /** Feature names in column order. */
    public List<String> features() {
        return features;
    }

    /** Value of feature {@code f} (index into {@link #features()}) for article {@code i}; NaN when missing. */
    public double value(int f, int i) {
        return values[f][i];
    }

    /** Index of a feature, or -1. */
    public int featureIndex(String name) {
        return features.indexOf(name);
    }

    /** Models with a {@code pred.<model>} column, sorted. */
    public Set<String> models() {
        return predictions.keySet();
    }

    /** Predicted label(s) of article {@code i} by a model ({@code ;}-joined when multi-label; "" when none). */
    public String prediction(String model, int i) {
        return predictions.get(model)[i];
    }

    /** Number of articles per outlet. */
    public int[] outletSizes() {
        int[] n = new int[outlets.size()];
        for (int o : outletOf) {
            n[o]++;
        }
        return n;
    }

    /** Non-missing values of a feature for one outlet, in article order. */
    public double[] valuesFor(int feature, int outlet) {
        double[] col = values[feature];
        int[] m = members[outlet];
        double[] out = new double[m.length];
        int k = 0;
        for (int i : m) {
            if (!Double.isNaN(col[i])) {
                out[k++] = col[i];
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /** Indices of an outlet's articles, in file order (a copy). */
    public int[] articlesOf(int outlet) {
        return members[outlet].clone();
    }

    /** Non-missing values of a feature over all articles. */
    public double[] valuesAll(int feature) {
        return Arrays.stream(values[feature]).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** A growable primitive column. */
    private static final class DoubleColumn {
        private double[] data = new double[1024];
        private int size;

        void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
