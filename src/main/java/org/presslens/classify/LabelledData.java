package org.presslens.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.presslens.core.ConfigException;

/**
 * Rows whose labels have been read and validated against a {@link LabelScheme}. Rows without a label are
 * an error, or — with {@code skipUnlabelled} — skipped and listed in {@link #skipped()}.
 */
public final class LabelledData {

    /**
     * How to read labels.
     *
     * @param labelField     name of the label field (for messages)
     * @param classes        allowed values, or {@code null} to accept the values found in the data
     * @param delimiter      multi-label delimiter for plain-text values ({@code null}: {@code ;})
     * @param skipUnlabelled skip rows without a label instead of failing
     * @param multiLabel     force single- ({@code false}) or multi-label ({@code true}); {@code null}: multi-label
     *                       when any label is a JSON array or holds the delimiter
     */
    public record Options(String labelField, List<String> classes, String delimiter, boolean skipUnlabelled,
                          Boolean multiLabel) {
        public Options {
            classes = classes == null ? null : List.copyOf(classes);
            delimiter = delimiter == null || delimiter.isEmpty() ? LabelScheme.DEFAULT_DELIMITER : delimiter;
        }

        /** Single- or multi-label by inference, classes inferred, unlabelled rows an error. */
        public static Options infer(String labelField) {
            return new Options(labelField, null, null, false, null);
        }
    }

    /** No row has a value in the label field: most often a misspelt field name. */
    public static final class NoLabelField extends ConfigException {
        private static final long serialVersionUID = 1L;

        NoLabelField(String message) {
            super(message);
        }
    }

    /** A row left out, with the reason. */
    public record Skipped(String id, String where, String reason) {
    }

    private final List<LabelledRow> rows;
    private final List<List<String>> labels;
    private final LabelScheme scheme;
    private final List<Skipped> skipped;

    private LabelledData(List<LabelledRow> rows, List<List<String>> labels, LabelScheme scheme,
                         List<Skipped> skipped) {
        this.rows = List.copyOf(rows);
        this.labels = List.copyOf(labels);
        this.scheme = scheme;
        this.skipped = List.copyOf(skipped);
    }

    /** Reads and validates the rows; the scheme (kind and classes) is taken from the options or inferred. */
    public static LabelledData read(Stream<LabelledRow> input, Options options) {
        List<LabelledRow> all;
        try (input) {
            all = input.collect(Collectors.toList());
        }
        if (!all.isEmpty() && all.stream().allMatch(r -> LabelScheme.isUnlabelled(r.label()))) {
            throw new NoLabelField("no row has a label in field '" + options.labelField() + "' (" + all.size()
                    + " rows read, the first " + all.get(0).where() + "): is the field named so in the data? (--label "
                    + "names a JSONL/CSV field or a _metadata.csv column)");
        }
        boolean multi = options.multiLabel() != null ? options.multiLabel()
                : all.stream().anyMatch(r -> LabelScheme.looksMultiLabel(r.label(), options.delimiter()));
        List<String> classes = options.classes();
        if (classes == null) {
            TreeSet<String> found = new TreeSet<>();
            for (LabelledRow r : all) {
                if (!LabelScheme.isUnlabelled(r.label())) {
                    try {
                        for (String v : LabelScheme.split(r.label(), multi, options.delimiter())) {
                            if (!v.isEmpty()) {
                                found.add(v);
                            }
                        }
                    } catch (IllegalArgumentException e) {
                        // reported in order below
                    }
                }
            }
            classes = List.copyOf(found);
        }
        LabelScheme scheme = new LabelScheme(multi, classes, options.delimiter());
        LabelledData data = validate(all, scheme, options.labelField(), options.skipUnlabelled());
        if (!multi && scheme.labels().size() < 2) {
            throw new ConfigException("label field '" + options.labelField() + "': found "
                    + (scheme.labels().isEmpty() ? "no class" : "only the class '" + scheme.labels().get(0) + "'")
                    + " in " + data.size() + " rows; need at least two classes");
        }
        if (multi && scheme.labels().isEmpty()) {
            throw new ConfigException("label field '" + options.labelField() + "': no label found in "
                    + data.size() + " rows");
        }
        return data;
    }

    /** Reads and validates rows against a fixed scheme (e.g. a trained model's); unknown values are errors. */
    public static LabelledData read(Stream<LabelledRow> input, LabelScheme scheme, String labelField,
                                    boolean skipUnlabelled) {
        List<LabelledRow> all;
        try (input) {
            all = input.collect(Collectors.toList());
        }
        return validate(all, scheme, labelField, skipUnlabelled);
    }

    private static LabelledData validate(List<LabelledRow> all, LabelScheme scheme, String labelField,
                                         boolean skipUnlabelled) {
        List<LabelledRow> kept = new ArrayList<>(all.size());
        List<List<String>> labels = new ArrayList<>(all.size());
        List<Skipped> skipped = new ArrayList<>();
        String allowed = "[" + String.join(", ", scheme.labels()) + "]";
        for (LabelledRow r : all) {
            if (LabelScheme.isUnlabelled(r.label())) {
                if (skipUnlabelled) {
                    skipped.add(new Skipped(r.id(), r.where(), "no label in field '" + labelField + "'"));
                    continue;
                }
                throw new ConfigException(r.where() + ": empty label in field '" + labelField
                        + "' (expected " + (scheme.multiLabel() ? "labels from " : "one of ") + allowed
                        + "; use --skip-unlabelled to skip rows without a label)");
            }
            List<String> values;
            try {
                values = scheme.split(r.label());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(r.where() + ": label field '" + labelField + "': " + e.getMessage());
            }
            TreeSet<String> set = new TreeSet<>();
            for (String v : values) {
                if (v.isEmpty()) {
                    throw new ConfigException(r.where() + ": empty value in label '" + r.label().strip()
                            + "' (field '" + labelField + "')");
                }
                if (Collections.binarySearch(scheme.labels(), v) < 0) {
                    throw new ConfigException(r.where() + ": label '" + v + "' not in " + allowed);
                }
                set.add(v);
            }
            kept.add(r);
            labels.add(List.copyOf(set));
        }
        return new LabelledData(kept, labels, scheme, skipped);
    }

    /** Builds data from rows whose labels are already parsed (used by tests and derived views). */
    public static LabelledData of(List<LabelledRow> rows, List<List<String>> labels, LabelScheme scheme) {
        if (rows.size() != labels.size()) {
            throw new IllegalArgumentException("rows and labels differ in size");
        }
        return new LabelledData(rows, labels, scheme, List.of());
    }

    public List<LabelledRow> rows() {
        return rows;
    }

    /** The validated label values of each row (sorted; one value for single-label data). */
    public List<List<String>> labels() {
        return labels;
    }

    public LabelScheme scheme() {
        return scheme;
    }

    /** Rows left out because they had no label. */
    public List<Skipped> skipped() {
        return skipped;
    }

    public int size() {
        return rows.size();
    }

    /** Number of rows carrying each label, in label order (zero counts included). */
    public Map<String, Integer> labelCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String l : scheme.labels()) {
            counts.put(l, 0);
        }
        for (List<String> ls : labels) {
            for (String l : ls) {
                counts.merge(l, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** True when at least one row has a non-empty group (outlet). */
    public boolean hasGroups() {
        return rows.stream().anyMatch(r -> !r.outlet().isEmpty());
    }

    /** A subset in the given row order. */
    public LabelledData subset(int[] indices) {
        List<LabelledRow> rs = new ArrayList<>(indices.length);
        List<List<String>> ls = new ArrayList<>(indices.length);
        for (int i : indices) {
            rs.add(rows.get(i));
            ls.add(labels.get(i));
        }
        return new LabelledData(rs, ls, scheme, skipped);
    }
}
