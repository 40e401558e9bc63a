package org.presslens.features.attribution;

import java.util.Arrays;
import java.util.Map;

/**
 * The context predicates of one token for the cue model ({@link CueModel}): the word, its suffixes and shape, its
 * neighbours, its place relative to quotation marks and a following <i>that</i>-clause, and whether a cue-lexicon
 * entry starts there (the lexicon stays a feature, besides being the audit trail). No part-of-speech tags.
 * Stateless.
 */
final class CueContext {
    /** Version of the predicates; a model built for another version is refused. */
    static final String VERSION = "1";
    /** Tokens looked at on each side for a quotation mark. */
    private static final int QUOTE_WINDOW = 6;

    private CueContext() {
    }

    /**
     * The predicates of token {@code i} of sentence tokens [{@code sFirst}, {@code sEnd}); {@code lexCategory} is the
     * category of the cue-lexicon match starting at the token, or null.
     */
    static String[] of(TokenView v, int i, int sFirst, int sEnd, String lexCategory) {
        // predicates with few values are constants (no allocation, hash computed once)
        String[] f = new String[MAX_PREDICATES];
        int n = 0;
        String w = v.lower(i);
        f[n++] = "w=" + w;
        if (w.length() > 3) {
            f[n++] = "s3=" + w.substring(w.length() - 3);
        }
        if (w.length() > 2) {
            f[n++] = "s2=" + w.substring(w.length() - 2);
        }
        if (v.isCapitalised(i)) {
            f[n++] = i == sFirst ? "cap=first" : "cap=mid";
        }
        f[n++] = lexCategory == null ? "lex=-" : LEX.getOrDefault(lexCategory, "lex=" + lexCategory);
        String p1 = i - 1 >= sFirst ? shape(v, i - 1) : "<s>";
        String n1 = i + 1 < sEnd ? shape(v, i + 1) : "</s>";
        f[n++] = "p1=" + p1;
        f[n++] = "p2=" + (i - 2 >= sFirst ? shape(v, i - 2) : "<s>");
        f[n++] = "n1=" + n1;
        f[n++] = "n2=" + (i + 2 < sEnd ? shape(v, i + 2) : "</s>");
        f[n++] = "p1w=" + p1 + "_" + w;
        f[n++] = "wn1=" + w + "_" + n1;
        if (i + 1 < sEnd) {
            f[n++] = v.isCapitalised(i + 1) ? "n1cap=true" : "n1cap=false";
        }
        if (i - 1 >= sFirst) {
            f[n++] = v.isCapitalised(i - 1) ? "p1cap=true" : "p1cap=false";
            f[n++] = v.words.personal.contains(v.lower(i - 1)) ? "p1pron=true" : "p1pron=false";
        }
        boolean thatAfter = false;
        for (int k = i + 1; k < Math.min(sEnd, i + 4); k++) {
            if (v.lower(k).equals("that")) {
                thatAfter = true;
                break;
            }
        }
        f[n++] = thatAfter ? "that=true" : "that=false";
        f[n++] = QB[quoteNear(v, i, sFirst, -1)];
        f[n++] = QA[quoteNear(v, i, sEnd, 1)];
        f[n++] = v.quoteIndexHolding(v.start(i)) >= 0 ? "inq=true" : "inq=false";
        return n == f.length ? f : Arrays.copyOf(f, n);
    }

    private static final int MAX_PREDICATES = 20;
    private static final String[] QB = {"qb=adj", "qb=near", "qb=far", "qb=none"};
    private static final String[] QA = {"qa=adj", "qa=near", "qa=far", "qa=none"};
    private static final Map<String, String> LEX = Map.of("speech", "lex=speech", "cognition", "lex=cognition",
            "evidence", "lex=evidence", "statement", "lex=statement");

    /** A neighbour as a predicate value: lower-cased word, or a class for punctuation and quotation marks. */
    private static String shape(TokenView v, int k) {
        if (v.isQuoteMark(k)) {
            return "Q";
        }
        if (v.isComma(k)) {
            return ",";
        }
        if (!v.isWord(k)) {
            return "P";
        }
        return v.lower(k);
    }

    /**
     * Distance bucket to the nearest quotation mark in direction {@code dir} within the sentence: 0 adjacent (one or
     * two tokens), 1 near, 2 farther than {@value #QUOTE_WINDOW} tokens, 3 none before the sentence's edge.
     */
    private static int quoteNear(TokenView v, int i, int limit, int dir) {
        for (int d = 1; d <= QUOTE_WINDOW; d++) {
            int k = i + dir * d;
            if (dir < 0 ? k < limit : k >= limit) {
                return 3;
            }
            if (v.isQuoteMark(k)) {
                return d <= 2 ? 0 : 1;
            }
        }
        return 2;
    }
}
