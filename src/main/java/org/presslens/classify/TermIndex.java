package org.presslens.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.core.CharClass;

/**
 * One vocabulary for the term vectorizers of several models that tokenize text alike (the same n-gram length
 * and lower-casing): the union of their dictionaries, each term with one id. An article's tokens are looked up
 * once in it ({@link TextTerms#indexedCounts()}), and each model maps the ids to its own dictionary positions.
 * analyze's two default models read the same unigrams, so a token costs one hash lookup instead of a count in a
 * per-article map plus one lookup per model; tokens in no dictionary are not counted at all, as no model reads
 * them. The instances built this way are the same as without the index (the same positions and counts, sorted
 * the same way). Immutable and shared by threads; the count buffer is per thread.
 */
public final class TermIndex {
    /** An index of no model: every model counts its text's terms itself. */
    public static final TermIndex NONE = new TermIndex(1, true, Map.of(), Map.of());

    private final int maxN;
    private final boolean lowerCase;
    /** Term to its id (not changed after construction). */
    private final Map<String, Integer> ids;
    /** Per indexed vectorizer (by identity), per id its dictionary position or -1. */
    private final Map<TermVectorizer, int[]> positions;
    /** The lower-case ASCII terms, found from a word's characters (used for unigrams). */
    private final AsciiTerms ascii;
    /** Per thread, a count per id (all 0 between calls). */
    private final ThreadLocal<int[]> counts;

    private TermIndex(int maxN, boolean lowerCase, Map<String, Integer> ids, Map<TermVectorizer, int[]> positions) {
        this.maxN = maxN;
        this.lowerCase = lowerCase;
        this.ids = ids;
        this.positions = positions;
        this.ascii = new AsciiTerms(ids);
        this.counts = ThreadLocal.withInitial(() -> new int[ids.size()]);
    }

    /**
     * The index of the models' term vectorizers that tokenize like the first of them; models without one
     * (no text, or Weka's filters) and vectorizers that tokenize otherwise are left out and count their terms
     * themselves.
     */
    public static TermIndex of(List<TrainedModel> models) {
        List<TermVectorizer> all = new ArrayList<>();
        for (TrainedModel m : models) {
            if (m.termVectorizer() != null) {
                all.add(m.termVectorizer());
            }
        }
        return ofVectorizers(all);
    }

    /** The index of the vectorizers that tokenize like the first of them. */
    static TermIndex ofVectorizers(List<TermVectorizer> all) {
        if (all.isEmpty()) {
            return NONE;
        }
        TermVectorizer first = all.get(0);
        Map<String, Integer> ids = new HashMap<>();
        List<TermVectorizer> indexed = new ArrayList<>();
        for (TermVectorizer v : all) {
            if (v.maxN() == first.maxN() && v.lowerCase() == first.lowerCase()) {
                indexed.add(v);
                for (String term : v.dictionary().keySet()) {
                    ids.putIfAbsent(term, ids.size());
                }
            }
        }
        Map<TermVectorizer, int[]> positions = new IdentityHashMap<>();
        for (TermVectorizer v : indexed) {
            int[] p = new int[ids.size()];
            Arrays.fill(p, -1);
            for (Map.Entry<String, Integer> e : v.dictionary().entrySet()) {
                p[ids.get(e.getKey())] = e.getValue();
            }
            positions.put(v, p);
        }
        return new TermIndex(first.maxN(), first.lowerCase(), ids, positions);
    }

    /** An article's text whose terms are counted through this index (once, for every model it covers). */
    public TextTerms terms(String text) {
        return new TextTerms(text, this);
    }

    /** Number of distinct terms over the indexed dictionaries. */
    public int size() {
        return ids.size();
    }

    /** Per id the vectorizer's dictionary position or -1, or {@code null} when the index does not cover it. */
    int[] positions(TermVectorizer v) {
        return positions.get(v);
    }

    /**
     * The text's terms that are in the index, as (id, count) pairs, tokenized as {@link TextTerms#counts} does
     * (n-grams of {@link WordNGramTokenizer#ngrams}, then {@link String#toLowerCase()} when lower-casing).
     */
    int[] count(String text) {
        Counter counter = new Counter(counts.get());
        if (maxN == 1) {
            WordNGramTokenizer.scanWords(text.toCharArray(), counter);
        } else {
            for (String t : WordNGramTokenizer.ngrams(text, maxN)) {
                counter.add(idOf(t));
            }
        }
        return counter.pairs();
    }

    private int idOf(String token) {
        Integer id = ids.get(lowerCase ? token.toLowerCase() : token);
        return id == null ? -1 : id;
    }

    /** One text's counts in the thread's buffer, which it leaves all 0 again in {@link #pairs()}. */
    private final class Counter implements WordNGramTokenizer.WordSpans {
        private final int[] c;
        private int[] seen = new int[64];
        private int n;

        Counter(int[] c) {
            this.c = c;
        }

        /**
         * A unigram: an ASCII word (most words) is looked up in the ASCII table without making its string;
         * any other word through its string, as {@link WordNGramTokenizer#words} makes it.
         */
        @Override
        public void word(char[] text, int start, int end) {
            long h = AsciiTerms.SEED;
            for (int i = start; i < end; i++) {
                char ch = text[i];
                if (ch >= 0x80) {
                    add(idOf(WordNGramTokenizer.word(text, start, end)));
                    return;
                }
                h = AsciiTerms.step(h, ch);
            }
            add(ascii.id(text, start, end, h));
        }

        void add(int id) {
            if (id >= 0 && c[id]++ == 0) {
                if (n == seen.length) {
                    seen = Arrays.copyOf(seen, 2 * n);
                }
                seen[n++] = id;
            }
        }

        int[] pairs() {
            int[] out = new int[2 * n];
            for (int i = 0; i < n; i++) {
                out[2 * i] = seen[i];
                out[2 * i + 1] = c[seen[i]];
                c[seen[i]] = 0;
            }
            return out;
        }
    }

    /**
     * The index's terms that are lower-case ASCII, in an open-addressing table keyed by a 64-bit hash of the
     * lower-cased characters, so that a word of the text is found from its characters; a candidate is confirmed
     * character by character.
     */
    private static final class AsciiTerms {
        static final long SEED = 0xcbf29ce484222325L;
        private static final long PRIME = 0x100000001b3L;
        private final int[] slots;
        private final long[] hashes;
        private final byte[][] bytes;

        AsciiTerms(Map<String, Integer> ids) {
            int cap = Integer.highestOneBit(Math.max(4, ids.size() * 3)) << 1;
            slots = new int[cap];
            Arrays.fill(slots, -1);
            hashes = new long[ids.size()];
            bytes = new byte[ids.size()][];
            for (Map.Entry<String, Integer> e : ids.entrySet()) {
                String t = e.getKey();
                if (!t.chars().allMatch(ch -> ch < 0x80 && CharClass.lowerCase((char) ch) == ch)) {
                    continue; // found through its string only
                }
                long h = SEED;
                for (int i = 0; i < t.length(); i++) {
                    h = step(h, t.charAt(i));
                }
                int id = e.getValue();
                hashes[id] = h;
                bytes[id] = t.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                int slot = slot(h);
                while (slots[slot] >= 0) {
                    slot = (slot + 1) & (slots.length - 1);
                }
                slots[slot] = id;
            }
        }

        /** FNV-1a over the lower-cased character (ASCII). */
        static long step(long h, char ch) {
            return (h ^ CharClass.lowerCase(ch)) * PRIME;
        }

        private int slot(long h) {
            return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & (slots.length - 1);
        }

        /** The id of the ASCII word {@code text[start, end)} of hash {@code h}, or -1. */
        int id(char[] text, int start, int end, long h) {
            int slot = slot(h);
            while (true) {
                int id = slots[slot];
                if (id < 0) {
                    return -1;
                }
                if (hashes[id] == h && same(bytes[id], text, start, end)) {
                    return id;
                }
                slot = (slot + 1) & (slots.length - 1);
            }
        }

        private static boolean same(byte[] term, char[] text, int start, int end) {
            if (term.length != end - start) {
                return false;
            }
            for (int i = 0; i < term.length; i++) {
                char ch = text[start + i];
                if (term[i] != CharClass.lowerCase(ch)) {
                    return false;
                }
            }
            return true;
        }
    }
}
