package org.presslens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.presslens.core.SharedData;
import org.presslens.core.Settings;
import org.presslens.features.FeatureContext;
import org.presslens.features.attribution.Attribution;
import org.presslens.features.attribution.Quote;
import org.presslens.features.attribution.QuoteKind;
import org.presslens.features.attribution.SourcingAnalyzer;
import org.presslens.features.quotes.QuoteSpan;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens bench attribution}: cue, source and direct-quote extraction against PolNeAR's gold
 * attribution relations ({@code datasets/polnear/{train,dev}.jsonl} under the shared folder). Prints precision,
 * recall and F1 of cues and sources (overlapping and exact spans), of direct quotations at token overlap 0.3
 * and 0.8 (the Gender Gap Tracker's measure) and speaker accuracy, plus the extractors' speed.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Attribution cues, sources and quotes against PolNeAR gold (tune on train, report on dev).")
public final class BenchAttributionCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--split", defaultValue = "dev", description = "train or dev (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--limit", defaultValue = "0", description = "only the first N articles (0 = all)")
    int limit;

    @Option(names = "--config", description = "configuration file (default: the built-in one)")
    Path config;

    @Option(names = "--detail", description = "also print per-cue-entry precision and missed cue words")
    boolean detail;

    /** A gold attribution: its cue, source and content pieces. */
    private record Gold(List<int[]> cue, List<int[]> source, List<int[]> content) {
    }

    /** Precision / recall counters. */
    private static final class Prf {
        long predicted;
        long predictedOk;
        long gold;
        long goldFound;

        String line(String name) {
            double p = predicted == 0 ? 0 : (double) predictedOk / predicted;
            double r = gold == 0 ? 0 : (double) goldFound / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format(Locale.ROOT, "%-40s P %5.1f  R %5.1f  F1 %5.1f   (pred %d, gold %d)", name,
                    100 * p, 100 * r, 100 * f, predicted, gold);
        }
    }

    @Override
    public void run() {
        if (!split.equals("train") && !split.equals("dev")) {
            throw new UsageException("--split: '" + split + "' is not one of train, dev");
        }
        Path file = SharedData.require("datasets/polnear/" + split + ".jsonl");
        Settings settings = CheckedConfig.load(config, List.of()).settings();
        SourcingAnalyzer analyzer = SourcingAnalyzer.fromContext(new FeatureContext(settings, List.of()));
        TextAnalyzer textAnalyzer = new TextAnalyzer(NlpModels.load());
        PrintStream out = System.out;

        Prf cueOverlap = new Prf();
        Prf cueExact = new Prf();
        Prf srcOverlap = new Prf();
        Prf srcExact = new Prf();
        Prf pairOverlap = new Prf();
        Prf[] quoteAll = {new Prf(), new Prf()};
        Prf[] quoteDirect = {new Prf(), new Prf()};
        Prf[] quoteSpoken = {new Prf(), new Prf()};
        double[] thresholds = {0.3, 0.8};
        long matchedQuotes = 0;
        long noSpeaker = 0;
        long speakerSpanOk = 0;
        long speakerNameOk = 0;
        long articles = 0;
        long chars = 0;
        long analyzeNanos = 0;
        long analyzeCpuNanos = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, long[]> perEntry = new TreeMap<>();
        Map<String, Integer> missed = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        Map<String, Integer> missedWhy = new TreeMap<>();
        List<String> speakerErrors = new ArrayList<>();
        List<String> sourceMismatches = new ArrayList<>();

        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (limit > 0 && articles >= limit) {
                    break;
                }
                JsonNode doc = JSON.readTree(line);
                String text = doc.path("text").asText(null);
                if (text == null) {
                    throw new IllegalStateException(file + " line " + lineNo + ": no 'text' field");
                }
                List<Gold> gold = readGold(doc.path("attributions"));
                AnalyzedText at = textAnalyzer.analyze(text);
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                SourcingAnalyzer.Result res = analyzer.analyze(at);
                analyzeCpuNanos += threads.getCurrentThreadCpuTime() - c0;
                analyzeNanos += System.nanoTime() - t0;
                articles++;
                chars += text.length();

                // ---- cues
                List<int[]> goldCues = new ArrayList<>();
                for (Gold g : gold) {
                    if (!g.cue.isEmpty()) {
                        goldCues.add(extent(g.cue));
                    }
                }
                List<int[]> predCues = new ArrayList<>();
                for (Attribution a : res.attributions()) {
                    predCues.add(new int[] {a.cueStart(), a.cueEnd()});
                }
                score(predCues, goldCues, cueOverlap, false);
                score(predCues, goldCues, cueExact, true);
                if (detail) {
                    for (Attribution a : res.attributions()) {
                        long[] e = perEntry.computeIfAbsent(a.cue().toLowerCase(Locale.ROOT), k -> new long[2]);
                        e[0]++;
                        if (overlapsAny(a.cueStart(), a.cueEnd(), goldCues)) {
                            e[1]++;
                        }
                    }
                    for (int[] g : goldCues) {
                        if (!overlapsAny(g[0], g[1], predCues)) {
                            missed.merge(text.substring(g[0], g[1]).toLowerCase(Locale.ROOT), 1, Integer::sum);
                        }
                    }
                }
                // ---- sources
                List<int[]> goldSources = new ArrayList<>();
                for (Gold g : gold) {
                    if (!g.source.isEmpty()) {
                        goldSources.add(extent(g.source));
                    }
                }
                List<int[]> predSources = new ArrayList<>();
                for (Attribution a : res.attributions()) {
                    if (a.hasSource()) {
                        predSources.add(new int[] {a.sourceStart(), a.sourceEnd()});
                    }
                }
                score(predSources, goldSources, srcOverlap, false);
                if (detail && sourceMismatches.size() < 60) {
                    for (int[] ps : predSources) {
                        if (!containsExact(goldSources, ps)) {
                            for (int[] gs : goldSources) {
                                if (ps[0] < gs[1] && gs[0] < ps[1]) {
                                    sourceMismatches.add("predicted '" + text.substring(ps[0], ps[1]) + "' gold '"
                                            + text.substring(gs[0], gs[1]) + "'");
                                    break;
                                }
                            }
                        }
                    }
                }
                score(predSources, goldSources, srcExact, true);
                // ---- cue + source pairs: a predicted pair is right when its cue overlaps a gold cue and its
                // source overlaps that attribution's source
                scorePairs(res.attributions(), gold, pairOverlap);

                // ---- direct quotes
                List<Gold> goldQuotes = new ArrayList<>();
                List<int[]> goldQuoteSpans = new ArrayList<>();
                for (Gold g : gold) {
                    for (int[] c : g.content) {
                        if (isWrapped(text, c)) {
                            goldQuotes.add(g);
                            goldQuoteSpans.add(c);
                        }
                    }
                }
                List<Quote> predAll = merged(text, res.quotes(), false);
                List<Quote> predDirect = merged(text, res.quotes(), true);
                List<Quote> predSpoken = new ArrayList<>();
                for (Quote q : predAll) {
                    if (q.kind() != QuoteKind.PARTIAL || !q.speaker().isEmpty()) {
                        predSpoken.add(q);
                    }
                }
                for (int ti = 0; ti < thresholds.length; ti++) {
                    scoreQuotes(text, predAll, goldQuoteSpans, thresholds[ti], quoteAll[ti]);
                    scoreQuotes(text, predDirect, goldQuoteSpans, thresholds[ti], quoteDirect[ti]);
                    scoreQuotes(text, predSpoken, goldQuoteSpans, thresholds[ti], quoteSpoken[ti]);
                }
                if (detail) {
                    for (Quote q : predDirect) {
                        int best = bestGold(text, q, goldQuoteSpans, 0.3);
                        if (best >= 0 && bestGold(text, q, goldQuoteSpans, 0.8) < 0) {
                            int[] g = goldQuoteSpans.get(best);
                            examples.add("PRED [" + q.span().content(text) + "]\n   GOLD [" + text.substring(g[0], g[1]) + "]");
                        }
                    }
                    for (int[] g : goldQuoteSpans) {
                        boolean hit = false;
                        for (Quote q : predDirect) {
                            hit |= overlap(text, q.span().contentStart(), q.span().contentEnd(), g[0], g[1]) >= 0.3;
                        }
                        if (!hit) {
                            String why = "nothing";
                            for (Quote q : res.quotes()) {
                                if (q.span().contentStart() < g[1] && g[0] < q.span().contentEnd()) {
                                    why = q.kind().label();
                                    break;
                                }
                            }
                            missedWhy.merge(why, 1, Integer::sum);
                            if (why.equals("nothing") || why.equals("direct")) {
                                examples.add("MISSED GOLD (" + why + ") [" + text.substring(g[0], g[1]) + "]");
                            }
                        }
                    }
                }
                // ---- speakers of quotes matched at 0.3
                for (Quote q : predDirect) {
                    int best = bestGold(text, q, goldQuoteSpans, 0.3);
                    if (best < 0) {
                        continue;
                    }
                    matchedQuotes++;
                    if (q.speaker().isEmpty()) {
                        noSpeaker++;
                    }
                    Gold g = goldQuotes.get(best);
                    if (q.speakerStart() >= 0 && overlapsAny(q.speakerStart(), q.speakerEnd(), g.source)) {
                        speakerSpanOk++;
                    } else if (detail && speakerErrors.size() < 200) {
                        int qs = q.span().start();
                        speakerErrors.add("[" + text.substring(Math.max(0, qs - 60), qs).replace('\n', ' ') + " >>"
                                + text.substring(qs, Math.min(text.length(), qs + 50)).replace('\n', ' ')
                                + "] predicted '" + (q.speakerStart() < 0 ? "" : text.substring(q.speakerStart(),
                                q.speakerEnd())) + "' gold '" + spanText(text, g.source) + "'");
                    }
                    boolean spanOk = q.speakerStart() >= 0 && overlapsAny(q.speakerStart(), q.speakerEnd(), g.source);
                    if (spanOk || !q.speaker().isEmpty() && !g.source.isEmpty()
                            && sameName(q.speaker(), spanText(text, g.source), q, g)) {
                        speakerNameOk++;
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot read: " + e.getMessage(), e);
        }

        out.printf(Locale.ROOT, "PolNeAR %s: %d articles (%s)%n", split, articles, file);
        out.println(cueOverlap.line("cues (overlap)"));
        out.println(cueExact.line("cues (exact span)"));
        out.println(srcOverlap.line("sources (overlap)"));
        out.println(srcExact.line("sources (exact span)"));
        out.println(pairOverlap.line("cue+source pairs (overlap)"));
        for (int ti = 0; ti < thresholds.length; ti++) {
            out.println(quoteAll[ti].line(String.format(Locale.ROOT, "quotes, all kinds but term @%.1f",
                    thresholds[ti])));
        }
        for (int ti = 0; ti < thresholds.length; ti++) {
            out.println(quoteDirect[ti].line(String.format(Locale.ROOT, "quotes, direct+block only @%.1f",
                    thresholds[ti])));
        }
        for (int ti = 0; ti < thresholds.length; ti++) {
            out.println(quoteSpoken[ti].line(String.format(Locale.ROOT, "quotes, direct+block+attributed partial @%.1f",
                    thresholds[ti])));
        }
        out.printf(Locale.ROOT, "speaker accuracy (direct+block quotes matched @0.3: %d): mention overlaps gold source %.1f %%; "
                        + "mention overlaps or speaker's surname in gold source %.1f %%%n", matchedQuotes,
                matchedQuotes == 0 ? 0 : 100.0 * speakerSpanOk / matchedQuotes,
                matchedQuotes == 0 ? 0 : 100.0 * speakerNameOk / matchedQuotes);
        out.printf(Locale.ROOT, "  of those, without a speaker: %d (%.1f %%)%n", noSpeaker,
                matchedQuotes == 0 ? 0 : 100.0 * noSpeaker / matchedQuotes);
        double secs = analyzeNanos / 1e9;
        double cpu = analyzeCpuNanos / 1e9;
        out.printf(Locale.ROOT, "speed (attribution + quotes analysis, after sentence/token analysis; 1 thread): "
                        + "wall %.0f articles/s, %.2f MB/s, %.3f ms/article; CPU %.3f ms/article (%.0f articles/s)%n",
                articles / secs, chars / 1e6 / secs, 1000 * secs / articles, 1000 * cpu / articles, articles / cpu);
        out.println("anchors: GGT quote F1 83.7@0.3 / 76.1@0.8, speaker accuracy 86 %; citron cue F1 82.3, "
                + "source F1 82.0 (exact span, on PARC 3.0)");
        if (detail) {
            out.println("per cue (lower-cased): predicted, overlapping a gold cue, precision");
            perEntry.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                    .limit(80).forEach(e -> out.printf(Locale.ROOT, "  %-28s %5d %5d %5.1f%n", e.getKey(),
                            e.getValue()[0], e.getValue()[1], 100.0 * e.getValue()[1] / e.getValue()[0]));
            out.println("sources overlapping a gold source but not exact (first 60):");
            sourceMismatches.stream().limit(60).forEach(e -> out.println("  " + e));
            out.println("speaker errors (first 200):");
            speakerErrors.forEach(e -> out.println("  " + e));
            out.println("gold direct quotes missed, by what the finder made there: " + missedWhy);
            out.println("quote examples (matched at 0.3 but not 0.8; gold quotes missed):");
            examples.stream().filter(e -> e.startsWith("MISSED")).limit(60).forEach(e -> out.println("  " + e.replace("\n   ", " || ")));
            out.println("most frequent missed gold cues:");
            missed.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).limit(60)
                    .forEach(e -> out.printf(Locale.ROOT, "  %-28s %5d%n", e.getKey(), e.getValue()));
        }
    }

    /**
     * Predicted quotations as PolNeAR counts them: consecutive segments of one attribution ("A," X said. "B.")
     * and paragraphs continuing a quotation become one quotation spanning them. Term quotes are left out;
     * with {@code directOnly}, partial quotes too.
     */
    private static List<Quote> merged(String text, List<Quote> quotes, boolean directOnly) {
        List<Quote> out = new ArrayList<>();
        Quote cur = null;
        for (Quote q : quotes) {
            if (q.kind() == QuoteKind.TERM || directOnly && q.kind() == QuoteKind.PARTIAL) {
                continue;
            }
            if (cur != null && q.cueStart() >= 0 && q.cueStart() == cur.cueStart()) {
                QuoteSpan s = new QuoteSpan(cur.span().start(), q.span().end(), cur.span().contentStart(),
                        q.span().contentEnd(), q.span().closed(), false, -1, -1);
                cur = new Quote(cur.kind(), s, cur.speaker(), cur.speakerStart(), cur.speakerEnd(), cur.cue(),
                        cur.cueStart(), cur.named());
                out.set(out.size() - 1, cur);
                continue;
            }
            cur = q;
            out.add(q);
        }
        return out;
    }

    private static List<Gold> readGold(JsonNode attributions) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode a : attributions) {
            out.add(new Gold(spans(a.path("cue")), spans(a.path("source")), spans(a.path("content"))));
        }
        return out;
    }

    private static List<int[]> spans(JsonNode list) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode s : list) {
            out.add(new int[] {s.path("start").asInt(), s.path("end").asInt()});
        }
        return out;
    }

    private static int[] extent(List<int[]> pieces) {
        int s = Integer.MAX_VALUE;
        int e = Integer.MIN_VALUE;
        for (int[] p : pieces) {
            s = Math.min(s, p[0]);
            e = Math.max(e, p[1]);
        }
        return new int[] {s, e};
    }

    private static boolean overlapsAny(int s, int e, List<int[]> spans) {
        for (int[] g : spans) {
            if (s < g[1] && g[0] < e) {
                return true;
            }
        }
        return false;
    }

    private static void score(List<int[]> pred, List<int[]> gold, Prf prf, boolean exact) {
        prf.predicted += pred.size();
        prf.gold += gold.size();
        for (int[] p : pred) {
            if (exact ? containsExact(gold, p) : overlapsAny(p[0], p[1], gold)) {
                prf.predictedOk++;
            }
        }
        for (int[] g : gold) {
            if (exact ? containsExact(pred, g) : overlapsAny(g[0], g[1], pred)) {
                prf.goldFound++;
            }
        }
    }

    private static boolean containsExact(List<int[]> spans, int[] x) {
        for (int[] s : spans) {
            if (s[0] == x[0] && s[1] == x[1]) {
                return true;
            }
        }
        return false;
    }

    private static void scorePairs(List<Attribution> pred, List<Gold> gold, Prf prf) {
        List<Gold> withSource = new ArrayList<>();
        for (Gold g : gold) {
            if (!g.cue.isEmpty() && !g.source.isEmpty()) {
                withSource.add(g);
            }
        }
        prf.gold += withSource.size();
        Set<Gold> found = new HashSet<>();
        for (Attribution a : pred) {
            if (!a.hasSource()) {
                continue;
            }
            prf.predicted++;
            for (Gold g : withSource) {
                if (overlapsAny(a.cueStart(), a.cueEnd(), g.cue)
                        && overlapsAny(a.sourceStart(), a.sourceEnd(), g.source)) {
                    prf.predictedOk++;
                    found.add(g);
                    break;
                }
            }
        }
        prf.goldFound += found.size();
    }

    /** A content span wrapped in quotation marks (marks inside the span or right outside it). */
    static boolean isWrapped(String text, int[] span) {
        int s = span[0];
        int e = span[1];
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        if (e - s < 2) {
            return false;
        }
        boolean open = isMark(text.charAt(s));
        if (!open) {
            int k = s - 1;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            open = k >= 0 && isMark(text.charAt(k));
        }
        int end = e - 1;
        while (end > s && ".,;:!?".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        boolean close = isMark(text.charAt(end)) || isMark(text.charAt(e - 1));
        if (!close) {
            int k = e;
            while (k < text.length() && ".,;:!? ".indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            close = k < text.length() && isMark(text.charAt(k));
        }
        return open && close;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '‘' || c == '’' || c == '\'';
    }

    /** Word tokens (letter/digit runs of the whole text) overlapping [s, e), as their start offsets. */
    private static Set<Integer> words(String text, int s, int e) {
        Set<Integer> out = new HashSet<>();
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int k = i;
                while (k > 0 && Character.isLetterOrDigit(text.charAt(k - 1))) {
                    k--;
                }
                out.add(k);
                while (i + 1 < e && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return out;
    }

    /** Shared word tokens over the larger of the two token counts. */
    private static double overlap(String text, int ps, int pe, int gs, int ge) {
        if (Math.max(ps, gs) >= Math.min(pe, ge)) {
            return 0;
        }
        Set<Integer> p = words(text, ps, pe);
        Set<Integer> g = words(text, gs, ge);
        if (p.isEmpty() || g.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (int x : p) {
            if (g.contains(x)) {
                shared++;
            }
        }
        return (double) shared / Math.max(p.size(), g.size());
    }

    private static void scoreQuotes(String text, List<Quote> pred, List<int[]> gold, double t, Prf prf) {
        prf.predicted += pred.size();
        prf.gold += gold.size();
        boolean[] found = new boolean[gold.size()];
        for (Quote q : pred) {
            boolean ok = false;
            for (int i = 0; i < gold.size(); i++) {
                int[] g = gold.get(i);
                if (overlap(text, q.span().contentStart(), q.span().contentEnd(), g[0], g[1]) >= t) {
                    ok = true;
                    found[i] = true;
                }
            }
            if (ok) {
                prf.predictedOk++;
            }
        }
        for (boolean f : found) {
            if (f) {
                prf.goldFound++;
            }
        }
    }

    private static int bestGold(String text, Quote q, List<int[]> gold, double t) {
        int best = -1;
        double bestOv = 0;
        for (int i = 0; i < gold.size(); i++) {
            int[] g = gold.get(i);
            double ov = overlap(text, q.span().contentStart(), q.span().contentEnd(), g[0], g[1]);
            if (ov >= t && ov > bestOv) {
                bestOv = ov;
                best = i;
            }
        }
        return best;
    }

    private static String spanText(String text, List<int[]> pieces) {
        StringBuilder sb = new StringBuilder();
        for (int[] p : pieces) {
            sb.append(text, p[0], p[1]).append(' ');
        }
        return sb.toString().strip();
    }

    /** Same speaker by name: the predicted name's last word appears in the gold source (case-insensitive). */
    private static boolean sameName(String predicted, String goldSource, Quote q, Gold g) {
        String[] pw = predicted.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        if (pw.length == 0) {
            return false;
        }
        String last = pw[pw.length - 1];
        for (String w : goldSource.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.equals(last) && !w.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
