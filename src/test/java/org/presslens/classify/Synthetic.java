package org.presslens.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small seeded synthetic datasets for the classify tests. */
final class Synthetic {
    static final List<String> FEATURES = List.of("demo.signal", "demo.noise");

    private Synthetic() {
    }

    /**
     * Single-label rows: class {@code pos} when {@code signal + 0.3 * e > 0}, {@code noise} unrelated; outlets
     * {@code o0..o<outlets-1>} assigned round-robin.
     */
    static List<LabelledRow> singleLabel(int n, int outlets, long seed) {
        Random r = new Random(seed);
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double s = r.nextGaussian();
            double noise = r.nextGaussian();
            String label = s + 0.3 * r.nextGaussian() > 0 ? "pos" : "neg";
            rows.add(new LabelledRow("r" + i, "synthetic.jsonl", "line " + (i + 1), outlets == 0 ? "" : "o" + (i % outlets),
                    new double[] {s, noise}, "", label));
        }
        return rows;
    }

    /**
     * Multi-label rows as JSON arrays: label {@code a} when {@code signal > 0}, {@code b} when {@code noise > 0.5}
     * (so here "noise" is the second label's signal).
     */
    static List<LabelledRow> multiLabel(int n, int outlets, long seed) {
        Random r = new Random(seed);
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double s = r.nextGaussian();
            double t = r.nextGaussian();
            List<String> ls = new ArrayList<>();
            if (s > 0) {
                ls.add("\"a\"");
            }
            if (t > 0.5) {
                ls.add("\"b\"");
            }
            rows.add(new LabelledRow("m" + i, "multi.jsonl", "line " + (i + 1), "o" + (i % outlets),
                    new double[] {s, t}, "", "[" + String.join(",", ls) + "]"));
        }
        return rows;
    }
}
