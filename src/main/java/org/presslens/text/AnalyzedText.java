package org.presslens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.presslens.core.Cancellation;

/**
 * An article body split once into sentences and tokens (character offsets into {@link #body()}), read by
 * every feature extractor. Part-of-speech tags are computed on demand, per sentence, and cached: most
 * extractors never need them. The normalised word sequence used by lexicons ({@link #words()}) is also
 * computed once, on first request. Not thread-safe (one instance per article, used by one thread).
 */
public final class AnalyzedText {
    /**
     * Longest sentence, in tokens, tagged in one piece (longer than any sentence of the bundled and shared corpora);
     * a longer one is tagged in pieces of this many tokens, since the tagger's beam search takes time quadratic in
     * the length of what it tags.
     */
    public static final int MAX_TAGGED_TOKENS = 1000;

    private final String body;
    private final List<Span> sentences;
    private final List<Span> tokens;
    private final int[] sentenceFirstToken;
    private final Function<String[], String[]> tagger;
    private final String[][] posCache;
    private java.util.Map<Long, String[]> pieceCache;
    private NormalizedWords words;
    private List<Span> paragraphs;
    private int wordCount = -1;
    private int taggedSentences;
    private java.util.Map<Object, Object> memo;

    /**
     * @param body               the cleaned body
     * @param sentences          sentence spans in text order
     * @param tokens             token spans in text order
     * @param sentenceFirstToken for each sentence, the index of its first token; length = sentences + 1
     *                           (the last entry is the token count)
     * @param tagger             tags the tokens of one sentence with Penn Treebank tags
     */
    public AnalyzedText(String body, List<Span> sentences, List<Span> tokens, int[] sentenceFirstToken,
                        Function<String[], String[]> tagger) {
        if (sentenceFirstToken.length != sentences.size() + 1) {
            throw new IllegalArgumentException("sentenceFirstToken must have one entry per sentence plus one");
        }
        this.body = body;
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        this.sentenceFirstToken = sentenceFirstToken.clone();
        this.tagger = tagger;
        this.posCache = new String[sentences.size()][];
    }

    public String body() {
        return body;
    }

    public List<Span> sentences() {
        return sentences;
    }

    public List<Span> tokens() {
        return tokens;
    }

    /** Index of the first token of sentence {@code s}. */
    public int firstToken(int s) {
        return sentenceFirstToken[s];
    }

    /** Index one past the last token of sentence {@code s}. */
    public int endToken(int s) {
        return sentenceFirstToken[s + 1];
    }

    /** The covered text of token {@code t}. */
    public String token(int t) {
        return tokens.get(t).of(body);
    }

    /** Index of the token starting at character {@code offset}, or -1. */
    public int tokenStartingAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int st = tokens.get(mid).start();
            if (st < offset) {
                lo = mid + 1;
            } else if (st > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * Penn Treebank tags of the tokens of sentence {@code s}, computed on first request; a sentence of more than
     * {@value #MAX_TAGGED_TOKENS} tokens is tagged piece by piece.
     */
    public String[] posTags(int s) {
        String[] tags = posCache[s];
        if (tags == null) {
            int from = firstToken(s);
            int to = endToken(s);
            tags = new String[to - from];
            for (int p = from; p < to; p += MAX_TAGGED_TOKENS) {
                String[] piece = tag(p, Math.min(to, p + MAX_TAGGED_TOKENS));
                System.arraycopy(piece, 0, tags, p - from, piece.length);
            }
            posCache[s] = tags;
            taggedSentences++;
        }
        return tags;
    }

    /**
     * The Penn Treebank tag of token {@code t} of sentence {@code s}: from {@link #posTags} for a sentence of up to
     * {@value #MAX_TAGGED_TOKENS} tokens, else from tagging only the piece of the sentence holding the token.
     */
    public String posTag(int s, int t) {
        int from = firstToken(s);
        int to = endToken(s);
        if (to - from <= MAX_TAGGED_TOKENS) {
            return posTags(s)[t - from];
        }
        int p = from + (t - from) / MAX_TAGGED_TOKENS * MAX_TAGGED_TOKENS;
        if (pieceCache == null) {
            pieceCache = new java.util.HashMap<>();
        }
        String[] piece = pieceCache.computeIfAbsent((long) p, k -> tag(p, Math.min(to, p + MAX_TAGGED_TOKENS)));
        return piece[t - p];
    }

    private String[] tag(int from, int to) {
        Cancellation.check();
        String[] ws = new String[to - from];
        for (int t = from; t < to; t++) {
            ws[t - from] = token(t);
        }
        return ws.length == 0 ? new String[0] : tagger.apply(ws);
    }

    /** How many sentences have been POS-tagged so far (for benchmarks). */
    public int taggedSentences() {
        return taggedSentences;
    }

    /** Index of the sentence holding character {@code offset}, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Number of word tokens (tokens holding at least one letter or digit; clitics such as 's count). */
    public int wordCount() {
        if (wordCount < 0) {
            int n = 0;
            for (Span t : tokens) {
                if (isWordToken(t)) {
                    n++;
                }
            }
            wordCount = n;
        }
        return wordCount;
    }

    /** True when token span {@code t} holds at least one letter or digit. */
    public boolean isWordToken(Span t) {
        for (int i = t.start(); i < t.end(); i++) {
            if (Character.isLetterOrDigit(body.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The body as normalised words for lexicon matching, computed on first request. */
    public NormalizedWords words() {
        if (words == null) {
            words = NormalizedWords.of(body);
        }
        return words;
    }

    /** Paragraph spans: runs of text separated by blank lines, trimmed; computed on first request. */
    public List<Span> paragraphs() {
        if (paragraphs == null) {
            List<Span> out = new ArrayList<>();
            int n = body.length();
            int i = 0;
            while (i < n) {
                int end = body.indexOf("\n\n", i);
                if (end < 0) {
                    end = n;
                }
                int s = i;
                int e = end;
                while (s < e && Character.isWhitespace(body.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Span(s, e));
                }
                i = end + 2;
            }
            paragraphs = List.copyOf(out);
        }
        return paragraphs;
    }

    /**
     * A per-article result computed once and shared by every extractor that asks with an equal key (for
     * example the attribution and quote extractors share one sourcing analysis). Not thread-safe, like this class.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        if (memo == null) {
            memo = new java.util.HashMap<>(4);
        }
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
    }
}
