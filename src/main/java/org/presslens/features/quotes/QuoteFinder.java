package org.presslens.features.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presslens.core.Cancellation;

/**
 * Finds quotations in a text from its quote marks alone, in one pass per paragraph (a paragraph is a line).
 *
 * <ul>
 *   <li>Double marks: straight {@code "}, curly {@code “…”}, low {@code „…“}, guillemets {@code «…»} and
 *       {@code »…«}. Single marks: {@code ‘…’} and {@code '…'}, where a mark between letters or before a
 *       decade ({@code don't}, {@code Xi's}, {@code '90s}) is an apostrophe, not a quote.</li>
 *   <li>Marks nested inside a quotation are part of it.</li>
 *   <li>A double quotation left open at the end of its paragraph continues into the next paragraph when that
 *       paragraph opens with a quote mark (the news convention for multi-paragraph quotes); otherwise it
 *       ends with its paragraph and is marked unclosed. An open single mark without a close is taken as an
 *       apostrophe. No quotation ever extends past the end of the paragraph it could not close in.</li>
 *   <li>Block quotes: a paragraph of at least {@value #MIN_BLOCK_CHARS} characters ending in sentence
 *       punctuation followed by a dash and a capitalised name ("...crimes.- Antony Blinken, a senior US
 *       official"), or followed by a paragraph that is only such a dash line.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class QuoteFinder {
    static final int MIN_BLOCK_CHARS = 40;

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|de|van|von|bin|al|da|del|la|le))"
            + "{0,4}";
    /** What follows the dash of "text. - Name, role" at the end of a paragraph. */
    private static final Pattern DASH_TAIL = Pattern.compile(
            "\\s*(" + NAME + ")\\s*+(?:,[^.!?\"“”]{0,120})?\\.?\\s*");
    /** Longest dash-line tail considered, in characters. */
    private static final int MAX_TAIL = 160;
    /** A paragraph that is only a dash line naming a speaker. */
    private static final Pattern DASH_LINE = Pattern.compile(
            "^\\s*[-–—―]{1,2}\\s*(" + NAME + ")\\s*+(?:,[^.!?\"“”]{0,120})?\\.?\\s*$");

    /** All quotations of {@code body}, in text order, not overlapping. */
    public List<QuoteSpan> find(String body) {
        List<QuoteSpan> out = new ArrayList<>();
        int n = body.length();
        int ps = 0;
        int prevStart = -1;
        int prevEnd = -1;
        int prevFirstQuote = 0;
        while (ps < n) {
            Cancellation.check();
            int pe = lineEnd(body, ps);
            int next = pe < n ? pe + 1 : n;
            if (!isBlank(body, ps, pe)) {
                int first = skipSpace(body, ps, pe);
                Matcher d = first < pe && isDash(body.charAt(first)) ? DASH_LINE.matcher(body).region(ps, pe) : null;
                if (prevStart >= 0 && d != null && d.matches() && prevEnd - prevStart >= MIN_BLOCK_CHARS
                        && ".!?…\"”’'".indexOf(body.charAt(trimEnd(body, prevStart, prevEnd) - 1)) >= 0) {
                    // The previous paragraph is a block quote signed by this dash line.
                    while (out.size() > prevFirstQuote) {
                        out.remove(out.size() - 1);
                    }
                    int ts = skipSpace(body, prevStart, prevEnd);
                    out.add(block(body, ts, trimEnd(body, ts, prevEnd), d.start(1), d.end(1)));
                    prevStart = -1;
                    ps = next;
                    continue;
                }
                prevFirstQuote = out.size();
                prevStart = ps;
                QuoteSpan block = blockQuote(body, ps, pe);
                if (block != null) {
                    out.add(block);
                } else {
                    next = scanInline(body, ps, pe, out);
                }
                prevEnd = next > pe ? lineStartBefore(body, next, pe) : pe;
                if (prevEnd != pe) {
                    prevStart = lineStart(body, prevEnd);
                }
            }
            ps = next;
        }
        out.removeIf(q -> !hasLetterOrDigit(body, q.contentStart(), q.contentEnd()));
        return out;
    }

    private static boolean hasLetterOrDigit(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(body.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scans the paragraph [ps, pe) for inline quotations; returns where scanning continues (past any
     * paragraphs a quotation spanned).
     */
    private int scanInline(String body, int ps, int pe, List<QuoteSpan> out) {
        int n = body.length();
        int i = ps;
        // where a search for a single closing mark failed: a later search before the same end fails too, since
        // whether a mark closes depends only on its neighbours (this keeps a paragraph of unclosed openers linear)
        int noSingleCloseFrom = -1;
        int noSingleCloseTo = -1;
        while (i < pe) {
            char c = body.charAt(i);
            if (c < 128 ? c != '"' && c != '\'' : !isMarkChar(c)) {
                i++;
                continue;
            }
            if (isDoubledSingle(body, i, pe) && (i == ps || !Character.isLetterOrDigit(body.charAt(i - 1)))
                    && i + 2 < pe && !Character.isWhitespace(body.charAt(i + 2))) {
                // ''...'' : two single marks standing for a double one (older newswire style)
                int j = findDoubledSingle(body, i + 2, pe);
                if (j >= 0) {
                    out.add(new QuoteSpan(i, j + 2, i + 2, j, true, false, -1, -1));
                    i = j + 2;
                    continue;
                }
                out.add(new QuoteSpan(i, trimEnd(body, i + 2, pe), i + 2, trimEnd(body, i + 2, pe), false, false,
                        -1, -1));
                return pe < body.length() ? pe + 1 : body.length();
            }
            if (isDoubleOpener(body, i, ps)) {
                int j = findDoubleClose(body, i + 1, pe, c);
                if (j >= 0) {
                    out.add(new QuoteSpan(i, j + 1, i + 1, j, true, false, -1, -1));
                    i = j + 1;
                    continue;
                }
                // Unclosed here: continue into following paragraphs that open with a quote mark.
                int curEnd = pe;
                while (true) {
                    int np = nextParagraphStart(body, curEnd);
                    if (np < 0 || !isDoubleMark(body.charAt(np))) {
                        out.add(new QuoteSpan(i, trimEnd(body, i + 1, curEnd), i + 1, trimEnd(body, i + 1, curEnd),
                                false, false, -1, -1));
                        return curEnd < n ? curEnd + 1 : n;
                    }
                    int npe = lineEnd(body, np);
                    int k = findDoubleClose(body, np + 1, npe, body.charAt(np));
                    if (k >= 0) {
                        out.add(new QuoteSpan(i, k + 1, i + 1, k, true, false, -1, -1));
                        i = k + 1;
                        ps = np;
                        pe = npe;
                        break;
                    }
                    curEnd = npe;
                }
                continue;
            }
            if (isSingleOpener(body, i, ps, pe)) {
                int j = pe == noSingleCloseTo && i + 1 >= noSingleCloseFrom ? -1 : findSingleClose(body, i + 1, pe);
                if (j >= 0) {
                    out.add(new QuoteSpan(i, j + 1, i + 1, j, true, false, -1, -1));
                    i = j + 1;
                    continue;
                }
                noSingleCloseFrom = i + 1;
                noSingleCloseTo = pe;
            }
            i++;
        }
        return pe < n ? pe + 1 : n;
    }

    private static QuoteSpan blockQuote(String body, int ps, int pe) {
        int ts = skipSpace(body, ps, pe);
        if (pe - ts < MIN_BLOCK_CHARS) {
            return null;
        }
        // The last dash of the paragraph, near its end, right after sentence punctuation.
        for (int d = pe - 1; d > ts + MIN_BLOCK_CHARS - 3 && d >= pe - MAX_TAIL; d--) {
            if (!isDash(body.charAt(d))) {
                continue;
            }
            int dashStart = d;
            while (dashStart - 1 > ts && isDash(body.charAt(dashStart - 1))) {
                dashStart--;
            }
            int k = dashStart - 1;
            while (k > ts && body.charAt(k) == ' ') {
                k--;
            }
            if (".!?…\"”’'".indexOf(body.charAt(k)) < 0) {
                return null;
            }
            Matcher m = DASH_TAIL.matcher(body).region(d + 1, pe);
            if (m.matches()) {
                return block(body, ts, k + 1, m.start(1), m.end(1));
            }
            return null;
        }
        return null;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—' || c == '―';
    }

    private static QuoteSpan block(String body, int ps, int textEnd, int speakerStart, int speakerEnd) {
        int cs = ps;
        int ce = textEnd;
        int s = ps;
        int e = textEnd;
        if (isDoubleMark(body.charAt(cs)) || body.charAt(cs) == '‘') {
            cs++;
        }
        char last = body.charAt(ce - 1);
        if (last == '"' || last == '”' || last == '’' || last == '»' || last == '«') {
            ce--;
        }
        return new QuoteSpan(s, e, cs, ce, true, true, speakerStart, speakerEnd);
    }

    // ---- marks ----

    private static boolean isDoubledSingle(String body, int i, int pe) {
        if (i + 1 >= pe) {
            return false;
        }
        char a = body.charAt(i);
        char b = body.charAt(i + 1);
        return (a == '\'' || a == '‘' || a == '’') && (b == '\'' || b == '‘' || b == '’');
    }

    private static int findDoubledSingle(String body, int from, int pe) {
        for (int j = from; j + 1 < pe; j++) {
            if (isDoubledSingle(body, j, pe)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isMarkChar(char c) {
        return c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '‘' || c == '’';
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„';
    }

    /** True when the character at i opens a double quotation. */
    private static boolean isDoubleOpener(String body, int i, int ps) {
        char c = body.charAt(i);
        char prev = i > ps ? body.charAt(i - 1) : ' ';
        char next = i + 1 < body.length() ? body.charAt(i + 1) : ' ';
        switch (c) {
            case '“':
            case '„':
                return !Character.isWhitespace(next);
            case '«':
                return Character.isLetterOrDigit(next) || next == ' ' || next == '\u00a0';
            case '"':
                // A straight mark opens unless it is followed by a space or stands after a digit (inches).
                if (Character.isWhitespace(next) || i + 1 >= body.length() || next == '\n') {
                    return false;
                }
                return !Character.isDigit(prev);
            case '”':
                // A right mark misused as an opener: after a space, before a letter.
                return (Character.isWhitespace(prev) || i == ps) && Character.isLetterOrDigit(next);
            case '»':
                return (Character.isWhitespace(prev) || i == ps) && Character.isLetterOrDigit(next);
            default:
                return false;
        }
    }

    private static int findDoubleClose(String body, int from, int to, char open) {
        for (int j = from; j < to; j++) {
            char c = body.charAt(j);
            switch (open) {
                case '«':
                    if (c == '»') {
                        return j;
                    }
                    break;
                case '»':
                    if (c == '«') {
                        return j;
                    }
                    break;
                case '„':
                    if (c == '“' || c == '”' || c == '"') {
                        return j;
                    }
                    break;
                default:
                    if (c == '"' || c == '”') {
                        return j;
                    }
                    if (c == '“' && j > from && !Character.isWhitespace(body.charAt(j - 1))
                            && (j + 1 >= to || !Character.isLetterOrDigit(body.charAt(j + 1)))) {
                        return j; // a left mark misused as a closer
                    }
            }
        }
        return -1;
    }

    private static boolean isSingleOpener(String body, int i, int ps, int pe) {
        char c = body.charAt(i);
        if (c != '‘' && c != '\'') {
            return false;
        }
        char prev = i > ps ? body.charAt(i - 1) : ' ';
        if (!(Character.isWhitespace(prev) || "([{—–-/\"“".indexOf(prev) >= 0 || i == ps)) {
            return false;
        }
        if (i + 1 >= pe) {
            return false;
        }
        char next = body.charAt(i + 1);
        if (Character.isDigit(next)) {
            // '90s, ‘20 — decades and years are apostrophes
            return !(i + 2 < pe && Character.isDigit(body.charAt(i + 2)));
        }
        if (!Character.isLetter(next)) {
            return false;
        }
        // 'em, 'cause, 'til, 'n' — common elisions
        return !startsWithWord(body, i + 1, pe, "em") && !startsWithWord(body, i + 1, pe, "cause")
                && !startsWithWord(body, i + 1, pe, "til") && !startsWithWord(body, i + 1, pe, "tis")
                && !startsWithWord(body, i + 1, pe, "n");
    }

    private static boolean startsWithWord(String body, int at, int pe, String w) {
        int e = at + w.length();
        if (e > pe || !body.regionMatches(true, at, w, 0, w.length())) {
            return false;
        }
        return e == pe || !Character.isLetter(body.charAt(e));
    }

    private static int findSingleClose(String body, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = body.charAt(j);
            if (c == '’' || c == '\'') {
                char prev = body.charAt(j - 1);
                char next = j + 1 < to ? body.charAt(j + 1) : ' ';
                if (!Character.isWhitespace(prev) && !Character.isLetterOrDigit(next)) {
                    // "Americans’ views": a plural possessive is followed by a space and a lower-case word;
                    // accept it as a closer only if the quote has more than one word or ends in punctuation.
                    return j;
                }
            }
        }
        return -1;
    }

    // ---- paragraphs ----

    private static int lineStart(String body, int at) {
        int s = body.lastIndexOf('\n', at - 1);
        return s + 1;
    }

    /** End of the last line that scanning consumed, given the position after it. */
    private static int lineStartBefore(String body, int next, int pe) {
        int e = next > 0 && next <= body.length() && body.charAt(next - 1) == '\n' ? next - 1 : next;
        return Math.max(e, pe);
    }

    private static int skipSpace(String body, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lineEnd(String body, int from) {
        int e = body.indexOf('\n', from);
        return e < 0 ? body.length() : e;
    }

    /** Start (first non-space character) of the next non-blank paragraph after the line ending at pe, or -1. */
    static int nextParagraphStart(String body, int pe) {
        int n = body.length();
        for (int i = pe; i < n; i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int trimEnd(String body, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
