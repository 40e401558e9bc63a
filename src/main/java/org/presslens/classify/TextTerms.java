package org.presslens.classify;

import java.util.HashMap;
import java.util.Map;

/**
 * The text of one article with its bag-of-words term counts, counted once and shared by every model that
 * tokenizes text the same way (the {@link WordNGramTokenizer} n-gram length and the vectorizer's
 * lower-casing): analyze's two default models read the same unigrams. With a {@link TermIndex} the models it
 * covers count the terms through it instead (one lookup per token for all of them). Not thread-safe: one per article,
 * used by one thread.
 */
public final class TextTerms {
    private final String text;
    private final TermIndex index;
    private int[] indexed;
    private int countedMaxN;
    private boolean countedLowerCase;
    private Map<String, int[]> counted;

    /** @param text the article text (may be {@code null}: models then take Weka's own path) */
    public TextTerms(String text) {
        this(text, TermIndex.NONE);
    }

    /** A text whose terms the models of {@code index} count once, through it ({@link TermIndex#terms}). */
    TextTerms(String text, TermIndex index) {
        this.text = text;
        this.index = index;
    }

    /** The index the models it covers count this text's terms through ({@link TermIndex#NONE}: none). */
    TermIndex index() {
        return index;
    }

    /** The text's terms in {@link #index()}, as (id, count) pairs; counted once, callers must not change them. */
    int[] indexedCounts() {
        if (indexed == null) {
            indexed = index.count(text);
        }
        return indexed;
    }

    /** The text. */
    public String text() {
        return text;
    }

    /**
     * How often each token occurs, the tokens as Weka's {@code DictionaryBuilder} sees them: the n-grams of
     * {@link WordNGramTokenizer#ngrams}, then {@link String#toLowerCase()} when the vectorizer lower-cases
     * (the tokenizer already lower-cases with {@code Locale.ROOT}; this repeats Weka's own call). The map is
     * cached for the last settings asked for; callers must not change it.
     */
    Map<String, int[]> counts(int maxN, boolean lowerCase) {
        if (counted != null && countedMaxN == maxN && countedLowerCase == lowerCase) {
            return counted;
        }
        Map<String, int[]> out = new HashMap<>();
        for (String t : WordNGramTokenizer.ngrams(text, maxN)) {
            String word = lowerCase ? t.toLowerCase() : t;
            int[] c = out.get(word);
            if (c == null) {
                out.put(word, new int[] {1});
            } else {
                c[0]++;
            }
        }
        counted = out;
        countedMaxN = maxN;
        countedLowerCase = lowerCase;
        return out;
    }
}
