package org.presslens.features.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.presslens.features.quotes.QuoteSpan;
import org.presslens.text.AnalyzedText;
import org.presslens.text.Span;
import org.presslens.core.CharClass;

/**
 * One article as the attribution rules read it: its tokens (text, lower case, word or capitalised), sentences,
 * paragraphs and quotations, with the look-ups the rules repeat (the token at an offset, the quotation holding an
 * offset, the next comma, sentences the detector split after a title). Look-ups that scan the text are computed on
 * first use and cached, so a long text costs each scan once. Per article, one thread.
 */
final class TokenView {
    final AnalyzedText text;
    final String body;
    final List<Span> tokens;
    final List<QuoteSpan> quotes;
    final SourcingWords words;
    private final String[] tokenText;
    private final String[] tokenLower;
    private int[] nextComma;
    private int[] mergedFirst;
    private int[] quoteWords;
    /** Start of the last line {@link #inHeading} judged, and its verdict. */
    private int headingLineStart = -1;
    private int headingLineEnd = -1;
    private boolean headingLine;
    private int gapFrom = -1;
    /** After {@link #gapAfter}: the first character that is not a space or joining punctuation. */
    int gapEnd;
    /** After {@link #gapAfter}: the first joining punctuation, or {@link #gapEnd}. */
    int gapPunct;

    TokenView(AnalyzedText text, List<QuoteSpan> quotes, SourcingWords words) {
        this.text = text;
        this.body = text.body();
        this.tokens = text.tokens();
        this.quotes = quotes;
        this.words = words;
        this.tokenText = new String[tokens.size()];
        this.tokenLower = new String[tokens.size()];
    }

    int size() {
        return tokens.size();
    }

    String tok(int i) {
        String t = tokenText[i];
        if (t == null) {
            t = tokens.get(i).of(body);
            tokenText[i] = t;
        }
        return t;
    }

    String lower(int i) {
        String l = tokenLower[i];
        if (l == null) {
            l = tok(i).toLowerCase(Locale.ROOT);
            tokenLower[i] = l;
        }
        return l;
    }

    int start(int i) {
        return tokens.get(i).start();
    }

    int end(int i) {
        return tokens.get(i).end();
    }

    boolean isWord(int i) {
        return CharClass.letterOrDigit(body.charAt(tokens.get(i).start()));
    }

    boolean isCapitalised(int i) {
        return Character.isUpperCase(body.charAt(tokens.get(i).start()));
    }

    /** A capitalised token that is not part of a name ("The", "However", "May", "Photo"). */
    boolean isNotName(int i) {
        return isCapitalised(i) && words.notNames.contains(lower(i));
    }

    /** A capitalised organisation or place word ("Ministry", "House", "Kremlin"). */
    boolean isOrganisationWord(int i) {
        return isCapitalised(i) && words.organisationWords.contains(lower(i));
    }

    boolean isComma(int i) {
        return tok(i).equals(",");
    }

    boolean isDash(int i) {
        String t = tok(i);
        return t.equals("—") || t.equals("–") || t.equals("--");
    }

    boolean isSentencePunct(int i) {
        String t = tok(i);
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals(":") || t.equals("...") || t.equals("…");
    }

    boolean isQuoteMark(int i) {
        String t = tok(i);
        if (t.isEmpty() || !isQuoteChar(t.charAt(0))) {
            return false;
        }
        // two apostrophes stand for a double quotation mark in some sources (''Yes,'' he said)
        return !isPossessive(t) || (t.equals("'") && (apostropheAt(start(i) - 1) || apostropheAt(end(i))));
    }

    private boolean apostropheAt(int offset) {
        return offset >= 0 && offset < body.length() && body.charAt(offset) == '\'';
    }

    /** Index of the token holding or starting after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int ans = tokens.size();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) {
                ans = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return ans;
    }

    /** The closed quotation holding {@code offset} strictly inside its marks, or null. */
    QuoteSpan quoteHolding(int offset) {
        int i = quoteIndexHolding(offset);
        return i < 0 ? null : quotes.get(i);
    }

    /** The index of {@link #quoteHolding}'s quotation, or -1. */
    int quoteIndexHolding(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuoteSpan q = quotes.get(mid);
            if (offset < q.start()) {
                hi = mid - 1;
            } else if (offset >= q.end()) {
                lo = mid + 1;
            } else {
                return offset >= q.contentStart() && offset < q.contentEnd() ? mid : -1;
            }
        }
        return -1;
    }

    /**
     * True when {@code offset} lies inside a quotation of more than {@value SourcingAnalyzer#MAX_TERM_WORDS} words:
     * a cue there belongs to the quoted speaker, not to the article.
     */
    boolean inLongQuote(int offset) {
        int q = quoteIndexHolding(offset);
        return q >= 0 && quoteWords(q) > SourcingAnalyzer.MAX_TERM_WORDS;
    }

    /** Words in quotation {@code i} (counted once per quotation, however many cues it holds). */
    int quoteWords(int i) {
        if (quoteWords == null) {
            quoteWords = new int[quotes.size()];
            Arrays.fill(quoteWords, -1);
        }
        if (quoteWords[i] < 0) {
            quoteWords[i] = wordCount(body, quotes.get(i).contentStart(), quotes.get(i).contentEnd());
        }
        return quoteWords[i];
    }

    /** The first comma token at or after token {@code k}, or the token count. */
    int nextComma(int k) {
        if (nextComma == null) {
            int n = tokens.size();
            nextComma = new int[n + 1];
            nextComma[n] = n;
            for (int j = n - 1; j >= 0; j--) {
                Span t = tokens.get(j);
                nextComma[j] = t.length() == 1 && body.charAt(t.start()) == ',' ? j : nextComma[j + 1];
            }
        }
        return nextComma[Math.min(k, nextComma.length - 1)];
    }

    /**
     * Sentence {@code q} continues the sentence before it (the detector split after a title abbreviation or a
     * comma in the same paragraph: "Texas Sen." | "Ted Cruz said"); with {@code cue} the cue's first token, also
     * when the sentence opens with that lower-case cue after a parenthesis.
     */
    boolean joinsPrevious(int q, int cue) {
        int f = text.firstToken(q);
        return q > 0 && f > 0 && f == text.endToken(q - 1)
                && (isTitleAbbreviation(f - 1) || isComma(f - 1)
                || f == cue && !isCapitalised(cue) && tok(f - 1).equals(")"))
                && text.endToken(q - 1) > text.firstToken(q - 1)
                && sameParagraph(body, tokens.get(f - 1).end(), tokens.get(f).start());
    }

    /** The first token of sentence {@code q} joined with every sentence before it that it continues. */
    int mergedFirst(int q) {
        if (mergedFirst == null) {
            mergedFirst = new int[text.sentences().size()];
            Arrays.fill(mergedFirst, -1);
        }
        int p = q;
        while (mergedFirst[p] < 0 && joinsPrevious(p, -1)) {
            p--;
        }
        int v = mergedFirst[p] >= 0 ? mergedFirst[p] : text.firstToken(p);
        for (int k = p; k <= q; k++) {
            mergedFirst[k] = v;
        }
        return v;
    }

    /**
     * The run of spaces and joining punctuation ({@code , : — –}) from {@code from}: sets {@link #gapEnd} to
     * the first other character (or the body's end) and {@link #gapPunct} to the first punctuation in it (or
     * {@code gapEnd}). Cached for the last {@code from}, which consecutive quotations share.
     */
    void gapAfter(int from) {
        if (from == gapFrom) {
            return;
        }
        int i = from;
        int punct = -1;
        while (i < body.length()) {
            char ch = body.charAt(i);
            if (ch == ',' || ch == ':' || ch == '—' || ch == '–') {
                punct = punct < 0 ? i : punct;
            } else if (ch != ' ' && ch != '\u00a0') {
                break;
            }
            i++;
        }
        gapFrom = from;
        gapEnd = i;
        gapPunct = punct < 0 ? i : punct;
    }

    /**
     * A title, state or initial abbreviation with its period ("Sen.", "Gov.", "Dr.", "D-Calif.", "N.C.", "I."),
     * whether the tokenizer kept the period on the word or split it off at a sentence end.
     */
    boolean isTitleAbbreviation(int t) {
        String w = tok(t);
        if (w.equals(".") && t > 0 && tokens.get(t - 1).end() == tokens.get(t).start()) {
            w = tok(t - 1) + "."; // the tokenizer splits the period off at a sentence end
        }
        if (w.length() < 2 || !w.endsWith(".") || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String core = w.substring(0, w.length() - 1);
        int dash = core.lastIndexOf('-');
        if (dash >= 0) {
            core = core.substring(dash + 1); // "D-Calif."
        }
        core = core.toLowerCase(Locale.ROOT);
        return core.length() == 1 || words.abbreviations.contains(core) || core.length() <= 4 && core.indexOf('.') > 0;
    }

    /** A middle initial: one capital letter with its period ("I." or "I" + "."). */
    boolean isInitial(int i) {
        String t = tok(i);
        if (t.length() == 2 && t.charAt(1) == '.' && Character.isUpperCase(t.charAt(0))) {
            return true;
        }
        return t.length() == 1 && Character.isUpperCase(t.charAt(0)) && i + 1 < tokens.size()
                && tok(i + 1).equals(".") && tokens.get(i + 1).start() == tokens.get(i).end();
    }

    /**
     * When token {@code i} opens a sentence right after a title or initial abbreviation ("Sen." | "Lindsey"),
     * the end of that sentence; otherwise -1.
     */
    int sentenceAfterAbbreviation(int i) {
        if (i <= 0 || i >= tokens.size() || !isTitleAbbreviation(i - 1)
                || !sameParagraph(body, tokens.get(i - 1).end(), tokens.get(i).start())) {
            return -1;
        }
        int ns = text.sentenceAt(tokens.get(i).start());
        return ns >= 0 && text.firstToken(ns) == i ? text.endToken(ns) : -1;
    }

    /** True when a capitalised word lies among tokens [from, to). */
    boolean hasCapital(int from, int to) {
        for (int k = from; k < to; k++) {
            if (isWord(k) && isCapitalised(k)) {
                return true;
            }
        }
        return false;
    }

    /** Longest heading, in words. */
    static final int MAX_HEADING_WORDS = 15;

    /**
     * True when token {@code i} lies on a heading line: a line of at most {@value #MAX_HEADING_WORDS} words that does
     * not end like a sentence (no closing . ! ? … : ; or quotation mark), such as "Leaders Pledge To Strengthen Ties".
     */
    boolean inHeading(int i) {
        int at = start(i);
        if (at < headingLineStart || at >= headingLineEnd) {
            int ls = body.lastIndexOf('\n', at) + 1;
            int le = body.indexOf('\n', at);
            le = le < 0 ? body.length() : le;
            headingLineStart = ls;
            headingLineEnd = le;
            headingLine = isHeading(ls, le);
        }
        return headingLine;
    }

    private boolean isHeading(int ls, int le) {
        int e = le;
        while (e > ls && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        if (e == ls || ".!?…:;,\"”’'»)".indexOf(body.charAt(e - 1)) >= 0) {
            return false;
        }
        return wordCount(body, ls, e) <= MAX_HEADING_WORDS;
    }

    // ---------------------------------------------------------------- characters

    /** A word of four or more letters in capitals ("WASHINGTON", "WATCH"): a dateline or a label, not a name. */
    static boolean allCaps(String w) {
        if (w.length() < 4) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isQuoteChar(char ch) {
        return ch == '"' || ch == '“' || ch == '”' || ch == '«' || ch == '»' || ch == '„' || ch == '\''
                || ch == '‘' || ch == '’';
    }

    static boolean isPossessive(String t) {
        return t.equals("'s") || t.equals("’s") || t.equals("'") || t.equals("’");
    }

    /** No line break in {@code [from, to)}. */
    static boolean sameParagraph(String body, int from, int to) {
        return newlineIn(body, from, to) < 0;
    }

    /** The first line break in {@code [from, to)}, or -1 (looking no further than {@code to}). */
    static int newlineIn(String body, int from, int to) {
        for (int i = Math.max(0, from), e = Math.min(to, body.length()); i < e; i++) {
            if (body.charAt(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Words (runs of letters and digits, with inner apostrophes and hyphens) in {@code body[from, to)}. */
    static int wordCount(String body, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean w = CharClass.letterOrDigit(body.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w || in && (body.charAt(i) == '\'' || body.charAt(i) == '’' || body.charAt(i) == '-');
        }
        return n;
    }
}
