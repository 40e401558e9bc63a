package org.presslens.features.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.presslens.features.attribution.PolnearGold.Document;
import org.presslens.features.attribution.PolnearGold.Relation;
import org.presslens.text.Span;

/**
 * Scores what {@link SourcingAnalyzer} found in PolNeAR documents against their gold relations, document by document
 * (docs/attribution-and-quotes.md, "Benchmark"):
 * <ul>
 *   <li>cues and sources: a prediction is right when it overlaps a gold span (or, exact, has its start and end);
 *       recall counts gold spans a prediction overlaps; a cue+source pair needs its cue to overlap a gold cue and its
 *       source to overlap that relation's source;</li>
 *   <li>quotations: gold = content spans wrapped in quotation marks; a predicted quotation (one {@code quotes.csv}
 *       row, its words from first mark to last) matches a gold one when their shared word tokens are at least
 *       <i>t</i> of the larger token count; matching is one to one (pairs taken by decreasing overlap), so a row
 *       matches at most one gold quotation and a gold quotation at most one row;</li>
 *   <li>speakers: of the direct and block rows matched at 0.3, those whose speaker mention overlaps the gold
 *       source.</li>
 * </ul>
 * Accumulates over documents; not thread-safe.
 */
public final class AttributionEvaluation {
    /** The token-overlap thresholds of quotation matching (the Gender Gap Tracker's measure). */
    public static final double[] THRESHOLDS = {0.3, 0.8};

    /** Which predicted quotations a quotation line scores. */
    public enum QuoteSet {
        /** Every kind but term quotes. */
        ALL_BUT_TERM("quotes, all kinds but term"),
        /** Direct and block quotations: the figure comparable to other systems. */
        DIRECT_BLOCK("quotes, direct+block only"),
        /** Direct and block quotations and partial quotations that have a speaker. */
        SPOKEN("quotes, direct+block+attributed partial");

        /** How the line is named in reports. */
        public final String label;

        QuoteSet(String label) {
            this.label = label;
        }

        boolean holds(Quote q) {
            return switch (this) {
                case ALL_BUT_TERM -> q.kind() != QuoteKind.TERM;
                case DIRECT_BLOCK -> q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.BLOCK;
                case SPOKEN -> q.kind() == QuoteKind.DIRECT || q.kind() == QuoteKind.BLOCK
                        || q.kind() == QuoteKind.PARTIAL && !q.speaker().isEmpty();
            };
        }
    }

    /** Precision and recall counters: predictions made and right, gold items and found. */
    public static final class Counts {
        private long predicted;
        private long predictedOk;
        private long gold;
        private long goldFound;

        public long predicted() {
            return predicted;
        }

        public long predictedOk() {
            return predictedOk;
        }

        public long gold() {
            return gold;
        }

        public long goldFound() {
            return goldFound;
        }

        /** Right predictions / predictions (0 when there are none). */
        public double precision() {
            return predicted == 0 ? 0 : (double) predictedOk / predicted;
        }

        /** Gold items found / gold items (0 when there are none). */
        public double recall() {
            return gold == 0 ? 0 : (double) goldFound / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(long predicted, long predictedOk, long gold, long goldFound) {
            this.predicted += predicted;
            this.predictedOk += predictedOk;
            this.gold += gold;
            this.goldFound += goldFound;
        }
    }

    private final Counts cuesOverlap = new Counts();
    private final Counts cuesExact = new Counts();
    private final Counts sourcesOverlap = new Counts();
    private final Counts sourcesExact = new Counts();
    private final Counts pairs = new Counts();
    private final Map<QuoteSet, Counts[]> quotes = new EnumMap<>(QuoteSet.class);
    private long documents;
    private long speakerMatched;
    private long speakerMissing;
    private long speakerSpanOk;
    private long speakerNameOk;
    private final Diagnostics diagnostics;

    /** @param diagnostics also collect per-cue precision, missed cues and error examples ({@link #diagnostics()}) */
    public AttributionEvaluation(boolean diagnostics) {
        for (QuoteSet s : QuoteSet.values()) {
            Counts[] c = new Counts[THRESHOLDS.length];
            Arrays.setAll(c, i -> new Counts());
            quotes.put(s, c);
        }
        this.diagnostics = diagnostics ? new Diagnostics() : null;
    }

    /** Scores one document. */
    public void add(Document doc, SourcingAnalyzer.Result result) {
        documents++;
        String text = doc.text();
        Words words = new Words(text);
        List<Relation> gold = doc.relations();
        List<Span> goldCues = new ArrayList<>();
        List<Span> goldSources = new ArrayList<>();
        for (Relation g : gold) {
            if (!g.cue().isEmpty()) {
                goldCues.add(PolnearGold.extent(g.cue()));
            }
            if (!g.source().isEmpty()) {
                goldSources.add(PolnearGold.extent(g.source()));
            }
        }
        List<Span> predCues = new ArrayList<>();
        List<Span> predSources = new ArrayList<>();
        for (Attribution a : result.attributions()) {
            predCues.add(new Span(a.cueStart(), a.cueEnd()));
            if (a.hasSource()) {
                predSources.add(new Span(a.sourceStart(), a.sourceEnd()));
            }
        }
        score(predCues, goldCues, cuesOverlap, false);
        score(predCues, goldCues, cuesExact, true);
        score(predSources, goldSources, sourcesOverlap, false);
        score(predSources, goldSources, sourcesExact, true);
        scorePairs(result.attributions(), gold);

        List<Span> goldQuotes = new ArrayList<>();
        List<Relation> goldQuoteRelations = new ArrayList<>();
        for (Relation g : gold) {
            for (Span c : g.content()) {
                if (PolnearGold.isWrapped(text, c)) {
                    goldQuotes.add(c);
                    goldQuoteRelations.add(g);
                }
            }
        }
        for (QuoteSet set : QuoteSet.values()) {
            List<Quote> pred = new ArrayList<>();
            for (Quote q : result.quotes()) {
                if (set.holds(q)) {
                    pred.add(q);
                }
            }
            for (int ti = 0; ti < THRESHOLDS.length; ti++) {
                int[] match = match(words, pred, goldQuotes, THRESHOLDS[ti]);
                long ok = Arrays.stream(match).filter(m -> m >= 0).count();
                quotes.get(set)[ti].add(pred.size(), ok, goldQuotes.size(), ok);
                if (set == QuoteSet.DIRECT_BLOCK && ti == 0) {
                    scoreSpeakers(text, pred, match, goldQuotes, goldQuoteRelations);
                }
            }
        }
        if (diagnostics != null) {
            diagnostics.add(text, words, result, predCues, goldCues, predSources, goldSources, goldQuotes);
        }
    }

    private void scoreSpeakers(String text, List<Quote> pred, int[] match, List<Span> goldQuotes,
                               List<Relation> relations) {
        for (int i = 0; i < pred.size(); i++) {
            if (match[i] < 0) {
                continue;
            }
            Quote q = pred.get(i);
            Relation g = relations.get(match[i]);
            speakerMatched++;
            if (q.speaker().isEmpty()) {
                speakerMissing++;
            }
            boolean spanOk = q.speakerStart() >= 0 && overlapsAny(new Span(q.speakerStart(), q.speakerEnd()), g.source());
            if (spanOk) {
                speakerSpanOk++;
            } else if (diagnostics != null) {
                diagnostics.speakerError(text, q, g);
            }
            if (spanOk || !q.speaker().isEmpty() && !g.source().isEmpty() && sameName(q.speaker(), spanText(text, g.source()))) {
                speakerNameOk++;
            }
        }
    }

    /**
     * One-to-one matching of predicted quotations to gold ones at token overlap ≥ {@code t}: pairs by decreasing
     * overlap (ties by text order). Returns for each prediction the index of its gold quotation, or -1.
     */
    static int[] match(Words words, List<Quote> pred, List<Span> gold, double t) {
        List<double[]> pairs = new ArrayList<>();
        for (int p = 0; p < pred.size(); p++) {
            Quote q = pred.get(p);
            for (int g = 0; g < gold.size(); g++) {
                double ov = words.overlap(q.start(), q.end(), gold.get(g).start(), gold.get(g).end());
                if (ov >= t) {
                    pairs.add(new double[] {ov, p, g});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
        int[] out = new int[pred.size()];
        Arrays.fill(out, -1);
        boolean[] used = new boolean[gold.size()];
        for (double[] pr : pairs) {
            int p = (int) pr[1];
            int g = (int) pr[2];
            if (out[p] < 0 && !used[g]) {
                out[p] = g;
                used[g] = true;
            }
        }
        return out;
    }

    private static void score(List<Span> pred, List<Span> gold, Counts c, boolean exact) {
        long ok = 0;
        for (Span p : pred) {
            if (exact ? gold.contains(p) : overlapsAny(p, gold)) {
                ok++;
            }
        }
        long found = 0;
        for (Span g : gold) {
            if (exact ? pred.contains(g) : overlapsAny(g, pred)) {
                found++;
            }
        }
        c.add(pred.size(), ok, gold.size(), found);
    }

    private void scorePairs(List<Attribution> pred, List<Relation> gold) {
        List<Relation> withSource = new ArrayList<>();
        for (Relation g : gold) {
            if (!g.cue().isEmpty() && !g.source().isEmpty()) {
                withSource.add(g);
            }
        }
        Set<Integer> found = new HashSet<>();
        long predicted = 0;
        long ok = 0;
        for (Attribution a : pred) {
            if (!a.hasSource()) {
                continue;
            }
            predicted++;
            for (int i = 0; i < withSource.size(); i++) {
                Relation g = withSource.get(i);
                if (overlapsAny(new Span(a.cueStart(), a.cueEnd()), g.cue())
                        && overlapsAny(new Span(a.sourceStart(), a.sourceEnd()), g.source())) {
                    ok++;
                    found.add(i);
                    break;
                }
            }
        }
        pairs.add(predicted, ok, withSource.size(), found.size());
    }

    static boolean overlapsAny(Span s, List<Span> spans) {
        for (Span g : spans) {
            if (s.start() < g.end() && g.start() < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static String spanText(String text, List<Span> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Span p : pieces) {
            sb.append(text, p.start(), p.end()).append(' ');
        }
        return sb.toString().strip();
    }

    /** Same speaker by name: the predicted name's last word is a word of the gold source (ignoring case). */
    static boolean sameName(String predicted, String goldSource) {
        String[] pw = predicted.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        if (pw.length == 0) {
            return false;
        }
        String last = pw[pw.length - 1];
        for (String w : goldSource.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && w.equals(last)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ results

    public long documents() {
        return documents;
    }

    public Counts cuesOverlap() {
        return cuesOverlap;
    }

    public Counts cuesExact() {
        return cuesExact;
    }

    public Counts sourcesOverlap() {
        return sourcesOverlap;
    }

    public Counts sourcesExact() {
        return sourcesExact;
    }

    public Counts pairs() {
        return pairs;
    }

    /** The quotation counts of {@code set} at {@code THRESHOLDS[threshold]}. */
    public Counts quotes(QuoteSet set, int threshold) {
        return quotes.get(set)[threshold];
    }

    /** Direct and block rows matched at 0.3. */
    public long speakerMatched() {
        return speakerMatched;
    }

    /** Of {@link #speakerMatched()}, rows without a speaker. */
    public long speakerMissing() {
        return speakerMissing;
    }

    /** Of {@link #speakerMatched()}, rows whose speaker mention overlaps the gold source: speaker accuracy. */
    public long speakerSpanOk() {
        return speakerSpanOk;
    }

    /** Of {@link #speakerMatched()}, rows whose mention overlaps or whose speaker's last name is in the gold source. */
    public long speakerNameOk() {
        return speakerNameOk;
    }

    /** The diagnostics, or null when they were not asked for. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    // ------------------------------------------------------------------ words

    /** The word tokens of a text (runs of letters and digits), for token overlap of spans. */
    static final class Words {
        private final int[] starts;
        private final int[] ends;

        Words(String text) {
            int[] s = new int[Math.max(16, text.length() / 4)];
            int[] e = new int[s.length];
            int n = 0;
            int i = 0;
            while (i < text.length()) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    int j = i;
                    while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
                        j++;
                    }
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                        e = Arrays.copyOf(e, n * 2);
                    }
                    s[n] = i;
                    e[n] = j;
                    n++;
                    i = j;
                } else {
                    i++;
                }
            }
            starts = Arrays.copyOf(s, n);
            ends = Arrays.copyOf(e, n);
        }

        /** Index of the first word ending after {@code from}. */
        private int first(int from) {
            int lo = 0;
            int hi = ends.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** One past the index of the last word starting before {@code to}. */
        private int last(int to) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < to) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Words overlapping [from, to). */
        int count(int from, int to) {
            return Math.max(0, last(to) - first(from));
        }

        /** Words overlapping both spans over the larger of the two word counts (0 when either has none). */
        double overlap(int ps, int pe, int gs, int ge) {
            int p = count(ps, pe);
            int g = count(gs, ge);
            if (p == 0 || g == 0) {
                return 0;
            }
            int shared = Math.max(0, Math.min(last(pe), last(ge)) - Math.max(first(ps), first(gs)));
            return (double) shared / Math.max(p, g);
        }
    }

    // ------------------------------------------------------------------ diagnostics

    /** What {@code bench attribution --detail} prints: where the predictions go wrong. */
    public static final class Diagnostics {
        private static final int MAX_EXAMPLES = 200;
        /** Predicted cue (lower case) → {predicted, overlapping a gold cue}. */
        public final Map<String, long[]> perCue = new TreeMap<>();
        /** Missed gold cue (lower case) → count. */
        public final Map<String, Integer> missedCues = new TreeMap<>();
        /** Missed gold direct quotations, by the kind of quotation found over them ("nothing" when none). */
        public final Map<String, Integer> missedQuotesBy = new TreeMap<>();
        public final List<String> sourceMismatches = new ArrayList<>();
        public final List<String> speakerErrors = new ArrayList<>();
        public final List<String> missedQuotes = new ArrayList<>();
        /** Direct and block rows matching no gold quotation at 0.3. */
        public final List<String> unmatchedRows = new ArrayList<>();

        void add(String text, Words words, SourcingAnalyzer.Result result, List<Span> predCues, List<Span> goldCues,
                 List<Span> predSources, List<Span> goldSources, List<Span> goldQuotes) {
            for (Attribution a : result.attributions()) {
                long[] e = perCue.computeIfAbsent(a.cue().toLowerCase(Locale.ROOT), k -> new long[2]);
                e[0]++;
                if (overlapsAny(new Span(a.cueStart(), a.cueEnd()), goldCues)) {
                    e[1]++;
                }
            }
            for (Span g : goldCues) {
                if (!overlapsAny(g, predCues)) {
                    missedCues.merge(g.of(text).toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
            for (Span ps : predSources) {
                if (sourceMismatches.size() < MAX_EXAMPLES && !goldSources.contains(ps)) {
                    for (Span gs : goldSources) {
                        if (ps.start() < gs.end() && gs.start() < ps.end()) {
                            sourceMismatches.add("predicted '" + ps.of(text) + "' gold '" + gs.of(text) + "'");
                            break;
                        }
                    }
                }
            }
            List<Quote> direct = new ArrayList<>();
            for (Quote q : result.quotes()) {
                if (QuoteSet.DIRECT_BLOCK.holds(q)) {
                    direct.add(q);
                }
            }
            int[] match = match(words, direct, goldQuotes, THRESHOLDS[0]);
            boolean[] found = new boolean[goldQuotes.size()];
            for (int p = 0; p < match.length; p++) {
                if (match[p] >= 0) {
                    found[match[p]] = true;
                } else if (unmatchedRows.size() < MAX_EXAMPLES) {
                    Quote q = direct.get(p);
                    unmatchedRows.add("[" + text.substring(q.start(), q.end()).replace('\n', ' ') + "] "
                            + q.speaker() + " | " + q.cue());
                }
            }
            for (int g = 0; g < goldQuotes.size(); g++) {
                if (found[g]) {
                    continue;
                }
                Span gs = goldQuotes.get(g);
                String why = "nothing";
                for (Quote q : result.quotes()) {
                    if (q.start() < gs.end() && gs.start() < q.end()) {
                        why = q.kind().label();
                        break;
                    }
                }
                missedQuotesBy.merge(why, 1, Integer::sum);
                if (missedQuotes.size() < MAX_EXAMPLES && (why.equals("nothing") || why.equals("direct"))) {
                    missedQuotes.add("(" + why + ") [" + gs.of(text).replace('\n', ' ') + "]");
                }
            }
        }

        void speakerError(String text, Quote q, Relation g) {
            if (speakerErrors.size() >= MAX_EXAMPLES) {
                return;
            }
            int qs = q.start();
            speakerErrors.add("[" + text.substring(Math.max(0, qs - 60), qs).replace('\n', ' ') + " >>"
                    + text.substring(qs, Math.min(text.length(), qs + 50)).replace('\n', ' ') + "] predicted '"
                    + (q.speakerStart() < 0 ? "" : text.substring(q.speakerStart(), q.speakerEnd())) + "' gold '"
                    + spanText(text, g.source()) + "' cue '" + q.cue() + "'");
        }
    }
}
