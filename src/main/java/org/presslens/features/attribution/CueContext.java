package org.presslens.features.attribution;

import java.util.ArrayList;
import java.util.List;

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
        List<String> f = new ArrayList<>(24);
        String w = v.lower(i);
        f.add("w=" + w);
        if (w.length() > 3) {
            f.add("s3=" + w.substring(w.length() - 3));
        }
        if (w.length() > 2) {
            f.add("s2=" + w.substring(w.length() - 2));
        }
        if (v.isCapitalised(i)) {
            f.add(i == sFirst ? "cap=first" : "cap=mid");
        }
        f.add("lex=" + (lexCategory == null ? "-" : lexCategory));
        String p1 = i - 1 >= sFirst ? shape(v, i - 1) : "<s>";
        String p2 = i - 2 >= sFirst ? shape(v, i - 2) : "<s>";
        String n1 = i + 1 < sEnd ? shape(v, i + 1) : "</s>";
        String n2 = i + 2 < sEnd ? shape(v, i + 2) : "</s>";
        f.add("p1=" + p1);
        f.add("p2=" + p2);
        f.add("n1=" + n1);
        f.add("n2=" + n2);
        f.add("p1w=" + p1 + "_" + w);
        f.add("wn1=" + w + "_" + n1);
        if (i + 1 < sEnd) {
            f.add("n1cap=" + v.isCapitalised(i + 1));
        }
        if (i - 1 >= sFirst) {
            f.add("p1cap=" + v.isCapitalised(i - 1));
            f.add("p1pron=" + v.words.personal.contains(v.lower(i - 1)));
        }
        boolean thatAfter = false;
        for (int k = i + 1; k < Math.min(sEnd, i + 4); k++) {
            if (v.lower(k).equals("that")) {
                thatAfter = true;
                break;
            }
        }
        f.add("that=" + thatAfter);
        f.add("qb=" + quoteNear(v, i, sFirst, -1));
        f.add("qa=" + quoteNear(v, i, sEnd, 1));
        f.add("inq=" + (v.quoteIndexHolding(v.start(i)) >= 0));
        return f.toArray(new String[0]);
    }

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

    /** Distance bucket to the nearest quotation mark in direction {@code dir}, within the sentence. */
    private static String quoteNear(TokenView v, int i, int limit, int dir) {
        for (int d = 1; d <= QUOTE_WINDOW; d++) {
            int k = i + dir * d;
            if (dir < 0 ? k < limit : k >= limit) {
                return "none";
            }
            if (v.isQuoteMark(k)) {
                return d <= 2 ? "adj" : "near";
            }
        }
        return "far";
    }
}
