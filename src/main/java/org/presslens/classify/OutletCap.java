package org.presslens.classify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.zip.CRC32;

/**
 * Caps how many training rows one outlet contributes: of an outlet with more than {@code max} rows, the
 * {@code max} rows whose seeded hash of id (or, without an id, of row position) is smallest are kept, so the choice
 * does not depend on row order. Rows without an outlet are their own group and always kept; the order of the kept
 * rows is the input order.
 *
 * <p>With labels copied from the outlet (distant supervision), a few large outlets otherwise make up most of the
 * training rows and the model learns their house style; the cap makes every outlet count more evenly. It is
 * applied to each training set (every fold, the inner split and the final fit), never to the rows a model is
 * scored on.
 */
public final class OutletCap {
    /**
     * The cap {@code train} uses by default when the labels are the outlets' ({@link #outletLevelLabels}); chosen
     * on the reliability tuning part (docs/classify.md).
     */
    public static final int DEFAULT_FOR_OUTLET_LABELS = 80;

    private OutletCap() {
    }

    /** The share of rows that must carry their outlet's most frequent labels for the labels to be the outlets'. */
    static final double OUTLET_LABEL_PURITY = 0.95;

    /**
     * Whether the labels are outlet-level (distant supervision, as a rating copied to each article of an outlet):
     * at least two outlets have two or more rows, and of the rows of those outlets at least
     * {@value #OUTLET_LABEL_PURITY} carry their outlet's most frequent label set (a rating given per domain leaves
     * a few exceptions in an outlet with several domains).
     */
    public static boolean outletLevelLabels(LabelledData data) {
        Map<String, Map<List<String>, Integer>> counts = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            String o = data.rows().get(i).outlet();
            if (!o.isEmpty()) {
                counts.computeIfAbsent(o, x -> new HashMap<>()).merge(data.labels().get(i), 1, Integer::sum);
            }
        }
        long rows = 0;
        long majority = 0;
        int outlets = 0;
        for (Map<List<String>, Integer> c : counts.values()) {
            int n = c.values().stream().mapToInt(Integer::intValue).sum();
            if (n >= 2) {
                outlets++;
                rows += n;
                majority += c.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            }
        }
        return outlets >= 2 && majority >= OUTLET_LABEL_PURITY * rows;
    }

    /** The default cap for these rows: {@value #DEFAULT_FOR_OUTLET_LABELS} with outlet-level labels, else 0 (none). */
    public static int defaultFor(LabelledData data) {
        return outletLevelLabels(data) ? DEFAULT_FOR_OUTLET_LABELS : 0;
    }

    /** The capped rows, or {@code data} itself when {@code max} is 0 or no outlet has more than {@code max} rows. */
    public static LabelledData apply(LabelledData data, int max, long seed) {
        if (max <= 0) {
            return data;
        }
        List<LabelledRow> rows = data.rows();
        Map<String, PriorityQueue<long[]>> kept = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String outlet = rows.get(i).outlet();
            if (outlet.isEmpty()) {
                continue;
            }
            PriorityQueue<long[]> q = kept.computeIfAbsent(outlet,
                    o -> new PriorityQueue<>((a, b) -> Long.compare(b[0], a[0])));
            q.add(new long[] {rank(rows.get(i), i, seed), i});
            if (q.size() > max) {
                q.poll(); // drop the largest rank
            }
        }
        boolean[] keep = new boolean[rows.size()];
        int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).outlet().isEmpty()) {
                keep[i] = true;
                n++;
            }
        }
        for (PriorityQueue<long[]> q : kept.values()) {
            for (long[] e : q) {
                keep[(int) e[1]] = true;
                n++;
            }
        }
        if (n == rows.size()) {
            return data;
        }
        List<Integer> idx = new ArrayList<>(n);
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                idx.add(i);
            }
        }
        return data.subset(idx.stream().mapToInt(Integer::intValue).toArray());
    }

    private static long rank(LabelledRow row, int position, long seed) {
        CRC32 crc = new CRC32();
        String key = seed + "\u0000" + (row.id().isEmpty() ? "#" + position : row.id());
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
