package org.presslens.features.attribution;

import java.util.ArrayList;
import java.util.List;
import org.presslens.core.Cancellation;

/**
 * "Trump: My immigration plans aren't set in stone." — a line that opens with a capitalised name of at most
 * {@value #MAX_NAME_TOKENS} tokens and a colon, followed on the same line by at least {@value #MIN_WORDS_AFTER}
 * words: the colon is a cue whose source is the name (the headline and transcript form of attribution). Not when a
 * word of the name is a label ({@code colon_labels}: "Related:", "Photo:", "Editor's note:") or not a name
 * ({@code not_names}: "Monday:", "The"), is in capitals of four letters or more ("WATCH:", "TAPPER:"), is a single
 * letter ("Q:"), or when a cue already sits at the colon or before it in its sentence. A colon right before a
 * quotation is the quotation rule's ({@link CueFinder}). Stateless.
 */
final class NameColonCues {
    /** Longest name before the colon, in tokens. */
    static final int MAX_NAME_TOKENS = 6;
    /** Fewest words after the colon on its line. */
    static final int MIN_WORDS_AFTER = 3;

    private NameColonCues() {
    }

    /** Adds the name-and-colon cues of the article to {@code out} (kept in cue order). */
    static void add(TokenView v, SourceKinds kinds, List<Attribution> out) {
        String body = v.body;
        List<Attribution> added = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < body.length()) {
            Cancellation.check();
            int lineEnd = body.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            Attribution a = onLine(v, kinds, out, lineStart, lineEnd);
            if (a != null) {
                added.add(a);
            }
            lineStart = lineEnd + 1;
        }
        CueFinder.addInCueOrder(out, added);
    }

    private static Attribution onLine(TokenView v, SourceKinds kinds, List<Attribution> out, int lineStart,
                                      int lineEnd) {
        int first = v.tokenAt(lineStart);
        if (first >= v.size() || v.start(first) >= lineEnd) {
            return null;
        }
        int colon = first;
        while (colon < v.size() && v.start(colon) < lineEnd && !v.tok(colon).equals(":")) {
            if (colon - first >= MAX_NAME_TOKENS || !isNameToken(v, colon)) {
                return null;
            }
            colon++;
        }
        if (colon == first || colon >= v.size() || v.start(colon) >= lineEnd || !v.isWord(colon - 1)) {
            return null;
        }
        int k = v.start(colon);
        int next = colon + 1;
        if (next < v.size() && v.start(next) < lineEnd && v.isQuoteMark(next)
                || TokenView.wordCount(v.body, v.end(colon), lineEnd) < MIN_WORDS_AFTER) {
            return null;
        }
        int s = v.text.sentenceAt(k);
        if (s < 0) {
            return null;
        }
        for (Attribution a : out) {
            if (a.cueStart() == k || a.sentence() == s && a.cueStart() < k) {
                return null;
            }
        }
        int start = SourcePhrases.backwardNp(v, colon - 1, first);
        return start < 0 ? null : kinds.attribution(":", k, k + 1, start, colon, s).byRule();
    }

    /** A capitalised word that may be part of a speaker's name, or a possessive, hyphen or ampersand inside one. */
    private static boolean isNameToken(TokenView v, int i) {
        String t = v.tok(i);
        if (!v.isWord(i)) {
            return TokenView.isPossessive(t) || t.equals("-") || t.equals("&");
        }
        String w = v.lower(i);
        return v.isCapitalised(i) && t.length() > 1 && !TokenView.allCaps(t) && !v.words.notNames.contains(w)
                && !v.words.colonLabels.contains(w);
    }
}
