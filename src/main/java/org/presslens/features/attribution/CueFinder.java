package org.presslens.features.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.presslens.core.Cancellation;
import org.presslens.features.attribution.SourcePhrases.Phrase;
import org.presslens.features.quotes.QuoteSpan;
import org.presslens.lexicon.Lexicon;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.NormalizedWords;
import org.presslens.text.Span;

/**
 * Finds the attribution cues of an article and ties each to its source phrase ({@link SourcePhrases}) and kind
 * ({@link SourceKinds}): matches of the cue lexicon that are not inside a quotation of more than
 * {@value SourcingAnalyzer#MAX_TERM_WORDS} words and not a verb entry used as a noun; a colon before a quotation
 * ("Trump: “...”"); a wire credit at the start of the body ("(Reuters) -"). Thread-safe; per-article state lives in
 * the views passed in.
 */
final class CueFinder {
    private final Lexicon cues;
    /** The learned cue detector, or null for lexicon and rules only. */
    private final CueModel model;

    /**
     * @param cues  the cue lexicon
     * @param model the learned cue detector, or null: with it a lexicon cue counts only when the model keeps it, and
     *              candidate words outside the lexicon become cues when the model scores them high enough
     */
    CueFinder(Lexicon cues, CueModel model) {
        this.cues = cues;
        this.model = model;
    }

    /** The attributions of the article, in cue order. */
    List<Attribution> find(TokenView v, SourceKinds kinds) {
        List<LexiconMatch> matches = cues.find(v.text);
        List<Attribution> out = new ArrayList<>();
        List<Span> sentences = v.text.sentences();
        int[] nextVerb = nextVerbCue(matches);
        int lastVerbSentence = -1;
        for (int mi = 0; mi < matches.size(); mi++) {
            Cancellation.check();
            LexiconMatch m = matches.get(mi);
            String cat = m.category();
            if (v.inLongQuote(m.start())) {
                continue; // a cue inside a quotation belongs to the quoted speaker, not to the article
            }
            int a = v.tokenAt(m.start());
            if (a >= v.size()) {
                continue;
            }
            int b = v.tokenAt(m.end() - 1) + 1;
            int s = v.text.sentenceAt(m.start());
            if (s < 0) {
                continue;
            }
            int sEnd = v.text.endToken(s);
            // a sentence split after a title ("Texas Sen." | "Ted Cruz said") is one sentence for sources
            // (or after a comma: "..., D-Calif.," | "said.")
            int sFirst = v.joinsPrevious(s, a) ? v.mergedFirst(s - 1) : v.text.firstToken(s);
            String cue = m.matched(v.body);
            double score = Double.NaN;
            if (model != null && CueModel.scoresCategory(cat)) {
                score = model.score(CueContext.of(v, a, sFirst, sEnd, cat));
                if (score < model.keepCutoff()) {
                    continue;
                }
            }
            Attribution at;
            switch (cat) {
                case "speech", "cognition", "evidence" -> {
                    if (!looksLikeVerb(v, a, sFirst, cat)) {
                        continue;
                    }
                    at = verbCue(v, kinds, cue, m, a, b, s, sFirst, sEnd, out.isEmpty() ? null : out.get(out.size() - 1));
                    lastVerbSentence = s;
                }
                case "according" -> at = followingSourceCue(v, kinds, cue, m, b, s, sEnd, null);
                case "statement" -> {
                    if (hasVerbCueInSentence(matches, nextVerb, mi, sentences.get(s)) || lastVerbSentence == s) {
                        continue;
                    }
                    Phrase ph = SourcePhrases.ofStatement(v, a, b, sFirst, sEnd);
                    at = ph.from() < 0 ? null : kinds.attribution(cue, m.start(), m.end(), ph.from(), ph.to(), s);
                }
                case "vague" -> at = new Attribution(SourceKind.VAGUE, cue, m.start(), m.end(), "", -1, -1, "", s);
                case "credit" -> at = followingSourceCue(v, kinds, cue, m, b, s, sEnd, SourceKind.AGENCY);
                default -> {
                    continue;
                }
            }
            if (at != null) {
                out.add(Double.isNaN(score) ? at : at.scored(score));
            }
        }
        if (model != null) {
            addLearnedCues(v, kinds, matches, out);
        }
        addColonCues(v, kinds, out);
        NameColonCues.add(v, kinds, out);
        PollCues.add(v, kinds, out);
        addPredicateCues(v, kinds, out);
        addDatelineCredit(v, kinds, out);
        return out;
    }

    /**
     * Cues beyond the lexicon: a token the cue model may take ({@link #learnableTokens}) scoring at least
     * {@link CueModel#addCutoff()} starts a learned cue, which then grows over the adjacent such tokens on both sides
     * that score at least {@link CueModel#keepCutoff()} ("voiced alarm", where "alarm" alone scores high). The run is
     * one cue, with the score of the token that started it, and finds its source as a verb cue does.
     */
    private void addLearnedCues(TokenView v, SourceKinds kinds, List<LexiconMatch> matches, List<Attribution> out) {
        boolean[] ok = learnableTokens(v, matches, model::isCandidate);
        List<Attribution> added = new ArrayList<>();
        for (int s = 0; s < v.text.sentences().size(); s++) {
            int first = v.text.firstToken(s);
            int sEnd = v.text.endToken(s);
            int floor = first; // tokens before it belong to an earlier cue
            int i = first;
            while (i < sEnd) {
                Cancellation.check();
                if (!ok[i]) {
                    i++;
                    continue;
                }
                double p = model.score(CueContext.of(v, i, first, sEnd, null));
                if (p < model.addCutoff()) {
                    i++;
                    continue;
                }
                int a = i;
                while (a - 1 >= floor && ok[a - 1] && scoresAtLeast(v, a - 1, first, sEnd, model.keepCutoff())) {
                    a--;
                }
                int b = i + 1;
                while (b < sEnd && ok[b] && scoresAtLeast(v, b, first, sEnd, model.keepCutoff())) {
                    b++;
                }
                LexiconMatch m = new LexiconMatch("learned", v.lower(a), v.start(a), v.end(b - 1));
                int sFirst = v.joinsPrevious(s, a) ? v.mergedFirst(s - 1) : first;
                Attribution at = verbCue(v, kinds, m.matched(v.body), m, a, b, s, sFirst, sEnd, null);
                added.add(at.learned(p));
                i = b;
                floor = b;
            }
        }
        addInCueOrder(out, added);
    }

    private boolean scoresAtLeast(TokenView v, int i, int first, int sEnd, double cutoff) {
        return model.score(CueContext.of(v, i, first, sEnd, null)) >= cutoff;
    }

    /** Adds {@code added} to {@code out} and keeps {@code out} in cue order (a stable sort: ties keep their order). */
    static void addInCueOrder(List<Attribution> out, List<Attribution> added) {
        if (!added.isEmpty()) {
            out.addAll(added);
            out.sort((x, y) -> Integer.compare(x.cueStart(), y.cueStart()));
        }
    }

    /** Tokens on each side of a lexicon match that a learned cue may not take ("has" said, "also" emphasized). */
    static final int LEXICON_MARGIN = 2;

    /**
     * The tokens a learned cue may take: words whose normalised form ({@link NormalizedWords}) is a
     * {@code candidate} and not a grammar word (auxiliaries,
     * adverbs before cues, phrase stops, prepositions, determiners, pronouns), outside and at least
     * {@value #LEXICON_MARGIN} tokens away from lexicon matches, outside quotations of more than
     * {@value SourcingAnalyzer#MAX_TERM_WORDS} words and outside headings. The trainer's events use the same rule.
     */
    static boolean[] learnableTokens(TokenView v, List<LexiconMatch> matches, Predicate<String> candidate) {
        int n = v.size();
        boolean[] ok = new boolean[n];
        SourcingWords w = v.words;
        NormalizedWords words = v.text.words(); // lower-cased once for the lexicon passes: no per-token work here
        for (int j = 0; j < words.size(); j++) {
            String l = words.word(j);
            if (!candidate.test(l) || w.auxiliaries.contains(l) || w.skipBeforeCue.contains(l) || w.stops.contains(l)
                    || w.npPrepositions.contains(l) || w.determiners.contains(l) || w.pronouns.contains(l)
                    || w.passiveAuxiliaries.contains(l)) {
                continue;
            }
            int t = v.tokenAt(words.start(j));
            if (t < n && v.start(t) == words.start(j) && v.isWord(t)) {
                ok[t] = true;
            }
        }
        for (LexiconMatch m : matches) {
            int a = v.tokenAt(m.start());
            int b = v.tokenAt(m.end() - 1) + 1;
            for (int k = Math.max(0, a - LEXICON_MARGIN); k < Math.min(n, b + LEXICON_MARGIN); k++) {
                ok[k] = false;
            }
        }
        for (int i = 0; i < n; i++) {
            if (ok[i]) {
                ok[i] = !v.inLongQuote(v.start(i)) && !v.inHeading(i);
            }
        }
        return ok;
    }

    /**
     * "Name: “...”" — a colon right before a quotation, after a capitalised name and with no other cue in its
     * sentence, is a cue whose source is that name.
     */
    private static void addColonCues(TokenView v, SourceKinds kinds, List<Attribution> out) {
        String body = v.body;
        List<Attribution> added = new ArrayList<>();
        Map<Integer, Integer> firstCue = new HashMap<>();
        for (Attribution a : out) {
            firstCue.merge(a.sentence(), a.cueStart(), Math::min);
        }
        for (QuoteSpan q : v.quotes) {
            Cancellation.check();
            if (q.block()) {
                continue;
            }
            int k = q.start() - 1;
            while (k >= 0 && Character.isWhitespace(body.charAt(k))) {
                k--;
            }
            if (k < 1 || body.charAt(k) != ':') {
                continue;
            }
            int colon = v.tokenAt(k);
            int s = v.text.sentenceAt(k);
            if (s < 0 || colon >= v.size() || colon - 1 < v.text.firstToken(s)) {
                continue;
            }
            int sFirst = v.text.firstToken(s);
            boolean hasCue = firstCue.getOrDefault(s, Integer.MAX_VALUE) < k;
            int e = colon - 1;
            if (hasCue || !v.isWord(e)) {
                continue;
            }
            if (TokenView.allCaps(v.tok(e))) {
                continue; // "NOW WATCH: ..." — a label
            }
            if (v.isCapitalised(e) && !v.isNotName(e)) {
                // "Trump: “...”"
                int start = SourcePhrases.backwardNp(v, e, sFirst);
                if (start >= 0) {
                    added.add(kinds.attribution(":", k, k + 1, start, e + 1, s).byRule());
                }
                continue;
            }
            // "She then addressed the supporters again: “...”" — the subject of the sentence the colon ends
            int[] np = v.words.pronouns.contains(v.lower(sFirst)) ? new int[] {sFirst, sFirst + 1}
                    : SourcePhrases.sentenceSubject(v, sFirst, colon, k);
            if (np != null && np[1] < colon) {
                added.add(kinds.attribution(":", k, k + 1, np[0], np[1], s).byRule());
            }
        }
        addInCueOrder(out, added);
    }

    /**
     * "The White House voiced alarm ... over ... “...”" — a quotation of more than
     * {@value SourcingAnalyzer#MAX_TERM_WORDS} words in a sentence with no cue: the predicate right after the
     * sentence's subject is its cue when that subject names a person or organisation (not a pronoun, not "the plan").
     */
    private static void addPredicateCues(TokenView v, SourceKinds kinds, List<Attribution> out) {
        List<Attribution> added = new ArrayList<>();
        java.util.Set<Integer> withCue = new java.util.HashSet<>();
        for (Attribution a : out) {
            withCue.add(a.sentence());
        }
        for (int qi = 0; qi < v.quotes.size(); qi++) {
            Cancellation.check();
            QuoteSpan q = v.quotes.get(qi);
            int s = v.text.sentenceAt(q.contentStart());
            if (q.block() || s < 0 || withCue.contains(s) || v.quoteWords(qi) <= SourcingAnalyzer.MAX_TERM_WORDS) {
                continue;
            }
            int sFirst = v.text.firstToken(s);
            int sEnd = v.text.endToken(s);
            if (sFirst >= sEnd || v.start(sFirst) >= q.start()) {
                continue;
            }
            int[] np = SourcePhrases.sentenceSubject(v, sFirst, sEnd, q.start());
            if (np == null || np[1] >= sEnd || v.words.pronouns.contains(v.lower(np[0]))) {
                continue;
            }
            int p = np[1];
            while (p < sEnd && v.words.auxiliaries.contains(v.lower(p))) {
                p++; // "has voiced"
            }
            if (p >= sEnd || !v.isWord(p) || v.isCapitalised(p) || v.end(p) > q.start() || v.words.stops.contains(v.lower(p))) {
                continue;
            }
            Attribution at = kinds.attribution(v.tok(p), v.start(p), v.end(p), np[0], np[1], s);
            if (at.kind() == SourceKind.NAMED || at.kind() == SourceKind.ANONYMOUS) {
                added.add(at.byRule());
                withCue.add(s);
            }
        }
        addInCueOrder(out, added);
    }

    /** "(Reuters) -" / "(AP) —" at the start of a paragraph: an agency credit. */
    private static void addDatelineCredit(TokenView v, SourceKinds kinds, List<Attribution> out) {
        String body = v.body;
        int limit = Math.min(body.length(), 400);
        int open = body.indexOf('(');
        while (open >= 0 && open < limit) {
            int close = body.indexOf(')', open);
            if (close < 0 || close - open > 40) {
                break;
            }
            int k = close + 1;
            while (k < body.length() && body.charAt(k) == ' ') {
                k++;
            }
            if (k < body.length() && "-–—".indexOf(body.charAt(k)) >= 0 && kinds.sourceMatchIn("agency", open + 1, close)) {
                int s = v.text.sentenceAt(open);
                out.add(new Attribution(SourceKind.AGENCY, body.substring(open, k + 1), open, k + 1,
                        body.substring(open + 1, close), open + 1, close, body.substring(open + 1, close),
                        Math.max(s, 0)).byRule());
                out.sort((x, y) -> Integer.compare(x.cueStart(), y.cueStart()));
                return;
            }
            open = body.indexOf('(', close);
        }
    }

    /** A verb cue (speech, cognition, evidence) after match {@code mi} in the same sentence (matches are in text order). */
    private static boolean hasVerbCueInSentence(List<LexiconMatch> matches, int[] nextVerb, int mi, Span sentence) {
        int j = nextVerb[mi + 1];
        return j < matches.size() && matches.get(j).start() < sentence.end();
    }

    /** For each match index, the first verb cue at or after it (the match count when there is none). */
    private static int[] nextVerbCue(List<LexiconMatch> matches) {
        int n = matches.size();
        int[] next = new int[n + 1];
        next[n] = n;
        for (int j = n - 1; j >= 0; j--) {
            String cat = matches.get(j).category();
            next[j] = cat.equals("speech") || cat.equals("cognition") || cat.equals("evidence") ? j : next[j + 1];
        }
        return next;
    }

    /** Rejects noun uses ("the claims", "his statement", "Washington Post") of verb entries. */
    private static boolean looksLikeVerb(TokenView v, int a, int sFirst, String cat) {
        if (a > sFirst && v.isCapitalised(a)) {
            return false; // capitalised mid-sentence: part of a name
        }
        if (a > sFirst) {
            String prev = v.lower(a - 1);
            if (v.words.determiners.contains(prev) && !prev.equals("that") || prev.equals("'s") || prev.equals("’s")
                    || prev.equals("to") && cat.equals("cognition")) {
                return false;
            }
        }
        if (a + 1 < v.size() && v.lower(a).endsWith("s") && !v.lower(a).equals("says")) {
            return !v.lower(a + 1).equals("of"); // "claims of", "reports of" (but "said of" is a cue)
        }
        return true;
    }

    private static Attribution verbCue(TokenView v, SourceKinds kinds, String cue, LexiconMatch m, int a, int b, int s,
                                       int sFirst, int sEnd, Attribution prior) {
        if (impersonal(v, a, b, sFirst, sEnd)) {
            return new Attribution(SourceKind.VAGUE, cue, m.start(), m.end(), "", -1, -1, "", s);
        }
        Phrase ph = SourcePhrases.ofVerb(v, a, b, sFirst, sEnd);
        Attribution at = ph == Phrase.CLAUSE ? participle(v, kinds, cue, m, s, sFirst, sEnd, prior)
                : kinds.attribution(cue, m.start(), m.end(), ph.from(), ph.to(), s);
        if (at.hasSource() || a == sFirst) {
            return at;
        }
        // "He explained it by saying:", "She went on to say:", "...and added:": the clause's subject
        int back = SourcePhrases.skipBackOverAuxiliaries(v, a - 1, sFirst);
        String before = v.lower(back >= sFirst ? back : a - 1);
        if (v.lower(a).endsWith("ing") || before.equals("to") || before.equals("and") || before.equals("by")
                || before.equals("but")) {
            Attribution p = participle(v, kinds, at.cue(), m, s, sFirst, sEnd, prior);
            if (p.hasSource() && p.sourceEnd() <= m.start()) {
                return p;
            }
        }
        return at;
    }

    /**
     * An impersonal passive of the verb of tokens [a, b), with adverbs allowed inside: "it is (also) reported that",
     * "it has long been believed", "X is (widely) said to" — a vague cue without a source. Not when "by" names the
     * agent ("it was reported by the Post").
     */
    static boolean impersonal(TokenView v, int a, int b, int sFirst, int sEnd) {
        SourcingWords w = v.words;
        if (b - a != 1 || !w.impersonalVerbs.contains(v.lower(a)) || b < sEnd && v.lower(b).equals("by")) {
            return false;
        }
        int k = a - 1;
        while (k >= sFirst && w.isInsertedAdverb(v.lower(k))) {
            k--;
        }
        if (k < sFirst || !w.passiveAuxiliaries.contains(v.lower(k)) || v.lower(k).equals("as")) {
            return false;
        }
        if (b < sEnd && v.lower(b).equals("to")) {
            return true; // "is said to", "are widely believed to"
        }
        k--;
        while (k >= sFirst && (w.auxiliaries.contains(v.lower(k)) || w.isInsertedAdverb(v.lower(k)))) {
            k--; // "has long been", "will be"
        }
        return k >= sFirst && v.lower(k).equals("it");
    }

    /** The source of the previous cue in the sentence, else the sentence's subject before the cue. */
    private static Attribution participle(TokenView v, SourceKinds kinds, String cue, LexiconMatch m, int s, int sFirst,
                                          int sEnd, Attribution prior) {
        if (prior != null && prior.sentence() == s && prior.hasSource()) {
            return new Attribution(prior.kind(), cue, m.start(), m.end(), prior.source(), prior.sourceStart(),
                    prior.sourceEnd(), prior.resolvedSource(), s);
        }
        int[] np = SourcePhrases.sentenceSubject(v, sFirst, sEnd, m.start());
        if (np != null && v.end(np[1] - 1) <= m.start()) {
            return kinds.attribution(cue, m.start(), m.end(), np[0], np[1], s);
        }
        return kinds.unsourced(cue, m.start(), m.end(), s);
    }

    private static Attribution followingSourceCue(TokenView v, SourceKinds kinds, String cue, LexiconMatch m, int b,
                                                  int s, int sEnd, SourceKind force) {
        int[] np = SourcePhrases.forwardNp(v, b, sEnd);
        Attribution at = np == null ? kinds.unsourced(cue, m.start(), m.end(), s)
                : kinds.attribution(cue, m.start(), m.end(), np[0], np[1], s);
        if (force != null) {
            return new Attribution(force, at.cue(), at.cueStart(), at.cueEnd(), at.source(), at.sourceStart(),
                    at.sourceEnd(), at.resolvedSource(), at.sentence());
        }
        return at;
    }
}
