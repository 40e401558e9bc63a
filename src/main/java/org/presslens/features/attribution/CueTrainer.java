package org.presslens.features.attribution;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import org.presslens.core.Settings;
import org.presslens.features.MaxentModelFile;
import org.presslens.features.attribution.AttributionEvaluation.Counts;
import org.presslens.features.attribution.AttributionEvaluation.QuoteSet;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NormalizedWords;
import org.presslens.text.Span;

/**
 * Trains the cue model ({@link CueModel}) on PolNeAR-style gold (train split only). One event per candidate token:
 * the first token of each cue-lexicon match, and each token whose word is a candidate word (seen inside gold cues at
 * least {@link Options#minCueCount} times with a cue rate of at least {@link Options#minCueRate}) outside lexicon
 * matches; outcome {@code cue} when the token overlaps a gold cue. The cut-offs are chosen on a held-out part of the
 * training articles (by a hash of the article id): a model trained on the rest is run through the whole analyzer
 * on it and the pair of cut-offs with the best sum of cue F1 (overlap) and speaker accuracy (direct and block
 * quotations matched at 0.3 whose speaker overlaps the gold source) is kept, since the cues next to quotations name
 * their speakers; the shipped model is then trained on all training articles. The development split is never read.
 */
public final class CueTrainer {
    /** Seed of the held-out split. */
    static final String SPLIT_SEED = "presslens-cues-1";

    private CueTrainer() {
    }

    /** Trainer options. */
    public record Options(double l2, int iterations, int minPredicateCount, int minCueCount, double minCueRate,
                          int heldOutPercent) {
        /** The defaults the built-in model was trained with. */
        public static Options defaults() {
            return new Options(1.0, 150, 5, 2, 0.1, 20);
        }
    }

    /** The trained model, its figures on the held-out part, and the event count. */
    public record Result(CueModel model, Counts heldOutCues, Counts heldOutQuotes, double heldOutSpeakerAccuracy,
                         int events) {
    }

    /** True when the article is in the held-out part. */
    static boolean heldOut(PolnearGold.Document d, int index, int percent) {
        String key = d.id().isEmpty() ? "#" + index : d.id();
        String h = Settings.sha256((SPLIT_SEED + key).getBytes(StandardCharsets.UTF_8));
        return Long.parseLong(h.substring(0, 12), 16) % 100 < percent;
    }

    /**
     * Trains on {@code docs} (the PolNeAR train split) with {@code analyzer}'s lexicons and grammar; {@code text}
     * analyses a body; {@code provenance} gets the options, split and figures.
     */
    public static Result train(List<PolnearGold.Document> docs, Function<String, AnalyzedText> text,
                               SourcingAnalyzer analyzer, Options o, ObjectNode provenance) {
        List<AnalyzedText> texts = new ArrayList<>(docs.size());
        List<PolnearGold.Document> tune = new ArrayList<>();
        List<AnalyzedText> tuneTexts = new ArrayList<>();
        List<PolnearGold.Document> held = new ArrayList<>();
        List<AnalyzedText> heldTexts = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            AnalyzedText t = text.apply(docs.get(i).text());
            texts.add(t);
            if (heldOut(docs.get(i), i, o.heldOutPercent())) {
                held.add(docs.get(i));
                heldTexts.add(t);
            } else {
                tune.add(docs.get(i));
                tuneTexts.add(t);
            }
        }
        // 1. model on the tune part, cut-offs chosen on the held-out part
        Set<String> tuneWords = candidateWords(tune, tuneTexts, o);
        List<Event> tuneEvents = events(tune, tuneTexts, analyzer, tuneWords);
        CueModel probe = CueModel.of(fit(tuneEvents, o), tuneWords, 0, 0.5, provenance.deepCopy());
        double[] keeps = {0.0, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] adds = {0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7};
        double bestScore = -1;
        double bestSpeakers = 0;
        double bestKeep = 0;
        double bestAdd = 0.5;
        Counts bestCues = null;
        Counts bestQuotes = null;
        ArrayNode grid = provenance.putArray("held_out_grid");
        for (double keep : keeps) {
            for (double add : adds) {
                SourcingAnalyzer a = analyzer.withCueModel(probe.withCutoffs(keep, add));
                AttributionEvaluation eval = new AttributionEvaluation(false);
                for (int i = 0; i < held.size(); i++) {
                    eval.add(held.get(i), a.analyze(heldTexts.get(i))); // memoised per model and cut-offs
                }
                Counts c = eval.cuesOverlap();
                double speakers = speakerAccuracy(eval);
                ObjectNode g = grid.addObject();
                g.put("keep_cutoff", keep);
                g.put("add_cutoff", add);
                g.put("cue_f1", round(c.f1()));
                g.put("speaker_accuracy", round(speakers));
                if (c.f1() + speakers > bestScore) {
                    bestScore = c.f1() + speakers;
                    bestKeep = keep;
                    bestAdd = add;
                    bestCues = c;
                    bestSpeakers = speakers;
                    bestQuotes = eval.quotes(QuoteSet.DIRECT_BLOCK, 0);
                }
            }
        }
        // 2. the shipped model: all training articles, the chosen cut-offs
        Set<String> words = candidateWords(docs, texts, o);
        List<Event> all = events(docs, texts, analyzer, words);
        ObjectNode opts = provenance.putObject("trainer_options");
        opts.put("trainer", "OpenNLP " + opennlp.tools.util.Version.currentVersion() + " maxent (L-BFGS)");
        opts.put("l2", o.l2());
        opts.put("iterations", o.iterations());
        opts.put("min_predicate_count", o.minPredicateCount());
        opts.put("min_cue_count", o.minCueCount());
        opts.put("min_cue_rate", o.minCueRate());
        ObjectNode split = provenance.putObject("split");
        split.put("rule", "held out iff SHA-256(seed + article id) first 12 hex digits mod 100 < held_out_percent");
        split.put("seed", SPLIT_SEED);
        split.put("held_out_percent", o.heldOutPercent());
        split.put("tune_articles", tune.size());
        split.put("held_out_articles", held.size());
        provenance.put("training_articles", docs.size());
        provenance.put("training_events", all.size());
        ObjectNode f = provenance.putObject("held_out_figures");
        f.put("cues_overlap_precision", round(bestCues.precision()));
        f.put("cues_overlap_recall", round(bestCues.recall()));
        f.put("cues_overlap_f1", round(bestCues.f1()));
        f.put("direct_block_quotes_f1_at_0_3", round(bestQuotes.f1()));
        f.put("speaker_accuracy", round(bestSpeakers));
        CueModel model = CueModel.of(fit(all, o), words, bestKeep, bestAdd, provenance);
        return new Result(model, bestCues, bestQuotes, bestSpeakers, all.size());
    }

    /** Share of the matched direct and block quotations whose speaker mention overlaps the gold source (0 if none). */
    private static double speakerAccuracy(AttributionEvaluation eval) {
        return eval.speakerMatched() == 0 ? 0 : (double) eval.speakerSpanOk() / eval.speakerMatched();
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private static AbstractModel fit(List<Event> events, Options o) {
        return MaxentModelFile.fit(events, o.l2(), o.iterations(), o.minPredicateCount());
    }

    /**
     * Normalised words ({@link NormalizedWords}) seen inside gold cues at least minCueCount times, with a cue rate of
     * at least minCueRate.
     */
    static Set<String> candidateWords(List<PolnearGold.Document> docs, List<AnalyzedText> texts, Options o) {
        Map<String, int[]> counts = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            NormalizedWords words = texts.get(d).words();
            List<Span> gold = goldCues(docs.get(d));
            for (int j = 0; j < words.size(); j++) {
                int[] c = counts.computeIfAbsent(words.word(j), k -> new int[2]);
                c[0]++;
                if (overlaps(gold, words.start(j), words.end(j))) {
                    c[1]++;
                }
            }
        }
        Set<String> out = new HashSet<>();
        counts.forEach((w, c) -> {
            if (c[1] >= o.minCueCount() && (double) c[1] / c[0] >= o.minCueRate()) {
                out.add(w);
            }
        });
        return out;
    }

    /** One event per candidate token (see the class comment). */
    static List<Event> events(List<PolnearGold.Document> docs, List<AnalyzedText> texts, SourcingAnalyzer analyzer,
                              Set<String> words) {
        List<Event> out = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            AnalyzedText t = texts.get(d);
            TokenView v = analyzer.view(t);
            List<Span> gold = goldCues(docs.get(d));
            List<LexiconMatch> matches = analyzer.cueLexicon().find(t);
            Map<Integer, String> lexAt = new HashMap<>();
            for (LexiconMatch m : matches) {
                if (CueModel.scoresCategory(m.category())) {
                    lexAt.putIfAbsent(v.tokenAt(m.start()), m.category());
                }
            }
            boolean[] learnable = CueFinder.learnableTokens(v, matches, words::contains);
            for (int s = 0; s < t.sentences().size(); s++) {
                int first = t.firstToken(s);
                int end = t.endToken(s);
                for (int i = first; i < end; i++) {
                    String cat = lexAt.get(i);
                    if (cat != null) {
                        if (v.inLongQuote(v.start(i))) {
                            continue;
                        }
                    } else if (!learnable[i]) {
                        continue;
                    }
                    String outcome = overlaps(gold, v.start(i), v.end(i)) ? CueModel.CUE : CueModel.OTHER;
                    out.add(new Event(outcome, CueContext.of(v, i, first, end, cat)));
                }
            }
        }
        return out;
    }

    private static List<Span> goldCues(PolnearGold.Document d) {
        List<Span> out = new ArrayList<>();
        for (PolnearGold.Relation r : d.relations()) {
            out.addAll(r.cue());
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean overlaps(List<Span> sorted, int start, int end) {
        for (Span s : sorted) {
            if (s.start() >= end) {
                return false;
            }
            if (s.end() > start) {
                return true;
            }
        }
        return false;
    }

    /** A one-line summary of a result's held-out figures. */
    public static String describe(Result r, CueModel m) {
        return String.format(Locale.ROOT, "held-out part of train: cues (overlap) P %.1f R %.1f F1 %.1f; direct+block "
                        + "quotes F1 @0.3 %.1f; speaker accuracy %.1f %%; cut-offs keep %.2f add %.2f; %d candidate "
                        + "words; %d events",
                100 * r.heldOutCues().precision(), 100 * r.heldOutCues().recall(), 100 * r.heldOutCues().f1(),
                100 * r.heldOutQuotes().f1(), 100 * r.heldOutSpeakerAccuracy(), m.keepCutoff(), m.addCutoff(),
                m.provenance().path("candidate_words").size(), r.events());
    }
}
