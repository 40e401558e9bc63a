package org.presslens.features.hedging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.presslens.text.NormalizedWords;

/**
 * Scores sentence-level uncertainty detection against gold sentences ({@link WeaselCorpus}): a sentence is
 * predicted uncertain iff at least one of its hedge candidates counts. Precision, recall and F1 are of the
 * uncertain class, separately for the tune and the report part. Optionally collects diagnostics on the tune
 * part only (never on the report part): per-entry hit statistics, words of missed uncertain sentences and
 * example errors.
 */
public final class WeaselEvaluator {
    private final Function<String, List<HedgeCue>> hedger;
    private final int tunePercent;

    /** Confusion counts of the uncertain class. */
    public record Counts(int tp, int fp, int fn, int tn) {
        public int sentences() {
            return tp + fp + fn + tn;
        }

        /** Gold uncertain sentences. */
        public int uncertain() {
            return tp + fn;
        }

        /** TP / (TP + FP); 0 when nothing is predicted. */
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        /** TP / (TP + FN); 0 without uncertain sentences. */
        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** Harmonic mean of precision and recall; 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(boolean predicted, boolean gold) {
            return new Counts(tp + (predicted && gold ? 1 : 0), fp + (predicted && !gold ? 1 : 0),
                    fn + (!predicted && gold ? 1 : 0), tn + (!predicted && !gold ? 1 : 0));
        }
    }

    /**
     * Hits of one lexicon entry among counted hedges of the tune part: sentences holding it that are uncertain /
     * certain, and those where it is the only counted entry.
     */
    public record EntryStats(int uncertain, int certain, int soleUncertain, int soleCertain) {
        public double precision() {
            return uncertain + certain == 0 ? 0 : (double) uncertain / (uncertain + certain);
        }
    }

    /**
     * A word of the tune sentences predicted certain: in how many of them that are uncertain (missed) and certain
     * it occurs, i.e. what counting it as a hedge would gain and cost.
     */
    public record WordStats(String word, int uncertain, int certain) {
    }

    /** Figures of one evaluation; the diagnostics are empty unless asked for. */
    public record Result(Counts tune, Counts report, Map<String, EntryStats> entries, List<WordStats> missedWords,
                         List<String> missed, List<String> falseHits) {
        public Result {
            entries = java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
            missedWords = List.copyOf(missedWords);
            missed = List.copyOf(missed);
            falseHits = List.copyOf(falseHits);
        }
    }

    /**
     * @param hedger      the hedge candidates of a sentence (counted or not)
     * @param tunePercent buckets below this form the tune part
     */
    public WeaselEvaluator(Function<String, List<HedgeCue>> hedger, int tunePercent) {
        this.hedger = hedger;
        this.tunePercent = tunePercent;
    }

    /**
     * Scores every sentence.
     *
     * @param diagnostics collect tune-part diagnostics
     * @param examples    at most this many missed and this many false tune sentences
     */
    public Result evaluate(List<WeaselCorpus.Sentence> sentences, boolean diagnostics, int examples) {
        Counts tune = new Counts(0, 0, 0, 0);
        Counts report = new Counts(0, 0, 0, 0);
        Map<String, int[]> entries = new HashMap<>();
        Map<String, int[]> words = new HashMap<>();
        List<String> missed = new ArrayList<>();
        List<String> falseHits = new ArrayList<>();
        for (WeaselCorpus.Sentence s : sentences) {
            List<HedgeCue> counted = hedger.apply(s.text()).stream().filter(HedgeCue::counted).toList();
            boolean predicted = !counted.isEmpty();
            boolean inTune = s.tune(tunePercent);
            if (!inTune) {
                report = report.plus(predicted, s.uncertain());
                continue;
            }
            tune = tune.plus(predicted, s.uncertain());
            if (!diagnostics) {
                continue;
            }
            if (predicted != s.uncertain()) {
                List<String> list = predicted ? falseHits : missed;
                if (list.size() < examples) {
                    list.add(predicted ? counted.get(0).match().entry() + " | " + s.text() : s.text());
                }
            }
            Set<String> es = new HashSet<>();
            counted.forEach(c -> es.add(c.match().entry()));
            for (String e : es) {
                int[] st = entries.computeIfAbsent(e, k -> new int[4]);
                st[s.uncertain() ? 0 : 1]++;
                if (es.size() == 1) {
                    st[s.uncertain() ? 2 : 3]++;
                }
            }
            if (!predicted) {
                Set<String> ws = new HashSet<>();
                NormalizedWords nw = NormalizedWords.of(s.text());
                for (int i = 0; i < nw.size(); i++) {
                    ws.add(nw.word(i));
                }
                for (String w : ws) {
                    words.computeIfAbsent(w, k -> new int[2])[s.uncertain() ? 0 : 1]++;
                }
            }
        }
        Map<String, EntryStats> entryStats = new HashMap<>();
        entries.forEach((k, v) -> entryStats.put(k, new EntryStats(v[0], v[1], v[2], v[3])));
        List<WordStats> missedWords = new ArrayList<>();
        words.forEach((w, c) -> {
            if (c[0] > 0) {
                missedWords.add(new WordStats(w, c[0], c[1]));
            }
        });
        missedWords.sort(java.util.Comparator.comparing(WordStats::word));
        return new Result(tune, report, entryStats, missedWords, missed, falseHits);
    }
}
