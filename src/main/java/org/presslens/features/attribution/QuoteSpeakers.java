package org.presslens.features.attribution;

import java.util.ArrayList;
import java.util.List;
import org.presslens.core.Cancellation;
import org.presslens.features.quotes.QuoteFinder;
import org.presslens.features.quotes.QuoteSpan;
import org.presslens.text.Span;

/**
 * The kind, speaker and cue of each quotation, from the attributions around it (rules in
 * docs/attribution-and-quotes.md, "Speaker and cue"). Stateless.
 */
final class QuoteSpeakers {
    private QuoteSpeakers() {
    }

    /** A quotation between one pair of marks (or a block) with its kind, speaker and cue. */
    private record Segment(QuoteKind kind, QuoteSpan span, String speaker, int speakerStart, int speakerEnd,
                           String cue, int cueStart, boolean named) {
    }

    /**
     * The quotations of the view, one per utterance, in text order: consecutive direct quotations in one paragraph
     * attributed to one cue are one quotation from the first mark to the last ("“A,” she said, “B.”", "“A.” she
     * said. “B.”", "She said: “A.” “B.”"). A quotation the marks continue into the next paragraph is one already
     * ({@link QuoteFinder}); quotations in separate paragraphs are separate, whoever said them.
     */
    static List<Quote> assign(TokenView v, List<Attribution> attributions) {
        List<Segment> segments = segments(v, attributions);
        List<Quote> out = new ArrayList<>(segments.size());
        int i = 0;
        while (i < segments.size()) {
            Cancellation.check();
            Segment first = segments.get(i);
            List<Span> parts = new ArrayList<>(pieces(v.body, first.span()));
            int j = i + 1;
            while (j < segments.size() && sameUtterance(v.body, first, segments.get(j - 1), segments.get(j))) {
                parts.addAll(pieces(v.body, segments.get(j).span()));
                j++;
            }
            Segment last = segments.get(j - 1);
            out.add(new Quote(first.kind(), first.span().start(), last.span().end(), parts, first.speaker(),
                    first.speakerStart(), first.speakerEnd(), first.cue(), first.cueStart(), first.named()));
            i = j;
        }
        return out;
    }

    /** Segment {@code next} continues the utterance {@code first} opens (and {@code prev} last extended). */
    private static boolean sameUtterance(String body, Segment first, Segment prev, Segment next) {
        return first.kind() == QuoteKind.DIRECT && next.kind() == QuoteKind.DIRECT && first.cueStart() >= 0
                && next.cueStart() == first.cueStart()
                && TokenView.sameParagraph(body, prev.span().end(), next.span().start());
    }

    /**
     * The quoted parts of one pair of marks: its content, or for a quotation the marks continued into following
     * paragraphs, the content of each paragraph without the mark that reopens it.
     */
    static List<Span> pieces(String body, QuoteSpan q) {
        int cs = q.contentStart();
        int ce = q.contentEnd();
        int nl = TokenView.newlineIn(body, cs, ce);
        if (nl < 0) {
            return List.of(new Span(cs, ce));
        }
        List<Span> out = new ArrayList<>(2);
        int from = cs;
        while (nl >= 0) {
            Cancellation.check();
            int e = nl;
            while (e > from && Character.isWhitespace(body.charAt(e - 1))) {
                e--;
            }
            if (e > from) {
                out.add(new Span(from, e));
            }
            from = nl;
            while (from < ce && Character.isWhitespace(body.charAt(from))) {
                from++;
            }
            if (from < ce && TokenView.isQuoteChar(body.charAt(from))) {
                from++; // the mark reopening the quotation in its next paragraph
            }
            nl = TokenView.newlineIn(body, from, ce);
        }
        if (ce > from) {
            out.add(new Span(from, ce));
        }
        return out.isEmpty() ? List.of(new Span(cs, ce)) : out;
    }

    /** One {@link Segment} per quotation of the view, in text order. */
    private static List<Segment> segments(TokenView v, List<Attribution> attributions) {
        List<Segment> out = new ArrayList<>(v.quotes.size());
        String body = v.body;
        CueOrder order = new CueOrder(attributions);
        Segment previous = null;
        for (QuoteSpan q : v.quotes) {
            Cancellation.check();
            if (q.block()) {
                String name = body.substring(q.speakerStart(), q.speakerEnd());
                Segment bq = new Segment(QuoteKind.BLOCK, q, name, q.speakerStart(), q.speakerEnd(), "-",
                        q.speakerStart() - 1, true);
                out.add(bq);
                previous = bq;
                continue;
            }
            Attribution at = introCue(v, q, order);
            if (at == null) {
                at = adjacentBefore(v, q, order);
            }
            if (at == null) {
                at = cueAfter(v, q, attributions);
            }
            if (at == null) {
                at = cueBefore(v, q, order);
            }
            int words = TokenView.wordCount(body, q.contentStart(), q.contentEnd());
            QuoteKind kind = kindOf(body, q);
            Segment made;
            if (at != null && (!at.hasSource() || at.learned()) && words <= SourcingAnalyzer.MAX_TERM_WORDS) {
                at = null; // a cue without a source, or one outside the lexicon, does not make a short quotation someone's words
            }
            if (at != null && kind == QuoteKind.PARTIAL && previous != null && previous.kind() == QuoteKind.DIRECT
                    && previous.cueStart() == at.cueStart()
                    && TokenView.sameParagraph(body, previous.span().end(), q.start())) {
                kind = QuoteKind.DIRECT; // "A," she said, "b ..." — the second half of one direct quotation
            }
            if (at != null) {
                boolean named = at.kind() == SourceKind.NAMED;
                String speaker = at.hasSource() ? at.resolvedSource() : "";
                made = new Segment(kind, q, speaker, at.sourceStart(), at.sourceEnd(), at.cue(), at.cueStart(), named);
            } else if (kind != QuoteKind.PARTIAL && words > SourcingAnalyzer.MAX_TERM_WORDS && previous != null
                    && continues(body, previous, q)) {
                made = new Segment(kind, q, previous.speaker(), previous.speakerStart(), previous.speakerEnd(),
                        previous.cue(), previous.cueStart(), previous.named());
            } else if (words <= SourcingAnalyzer.MAX_TERM_WORDS && (words < 2 || !endsSentence(body, q))) {
                made = new Segment(QuoteKind.TERM, q, "", -1, -1, "", -1, false);
            } else {
                made = new Segment(kind, q, "", -1, -1, "", -1, false);
            }
            out.add(made);
            previous = made;
        }
        return out;
    }

    /**
     * Direct when the quotation opens its paragraph, or starts with a capital after sentence punctuation, a colon,
     * comma, dash, parenthesis or the closing mark of the quotation before it.
     */
    private static QuoteKind kindOf(String body, QuoteSpan q) {
        int k = q.start() - 1;
        while (k >= 0 && (body.charAt(k) == ' ' || body.charAt(k) == '\u00a0')) {
            k--;
        }
        int first = q.contentStart();
        while (first < q.contentEnd() && !Character.isLetterOrDigit(body.charAt(first))) {
            first++;
        }
        boolean capital = first < q.contentEnd() && (Character.isUpperCase(body.charAt(first))
                || Character.isDigit(body.charAt(first)));
        if (k < 0 || body.charAt(k) == '\n') {
            return QuoteKind.DIRECT;
        }
        char before = body.charAt(k);
        if (capital && (before == ':' || before == ',' || before == '.' || before == '!' || before == '?'
                || before == '—' || before == '–' || before == '(' || before == '”' || before == '"')) {
            return QuoteKind.DIRECT;
        }
        return QuoteKind.PARTIAL;
    }

    private static boolean endsSentence(String body, QuoteSpan q) {
        int e = q.contentEnd() - 1;
        while (e >= q.contentStart() && Character.isWhitespace(body.charAt(e))) {
            e--;
        }
        return e >= q.contentStart() && ".!?".indexOf(body.charAt(e)) >= 0
                && Character.isUpperCase(firstLetter(body, q));
    }

    private static char firstLetter(String body, QuoteSpan q) {
        for (int i = q.contentStart(); i < q.contentEnd(); i++) {
            if (Character.isLetterOrDigit(body.charAt(i))) {
                return body.charAt(i);
            }
        }
        return ' ';
    }

    /** A cue right after the quotation, with only punctuation and spaces between. */
    private static Attribution cueAfter(TokenView v, QuoteSpan q, List<Attribution> attributions) {
        String body = v.body;
        for (Attribution at : firstFrom(attributions, q.end())) {
            int near = at.hasSource() ? Math.min(at.cueStart(), at.sourceStart()) : at.cueStart();
            if (near < q.end()) {
                continue;
            }
            for (int i = q.end(); i < near; i++) {
                char ch = body.charAt(i);
                if (Character.isLetterOrDigit(ch)) {
                    // "...," Gov. Kasich replied: a title the source phrase did not take in
                    return near - i <= 25 && titleWordsOnly(body, i, near) ? at : null;
                }
                if (ch == '\n' || TokenView.isQuoteChar(ch)) {
                    return null;
                }
            }
            return at;
        }
        return null;
    }

    /**
     * A quotation that opens a paragraph after a line ending in a colon or comma ("Smith said:", "he
     * replied,") belongs to the last cue of that line.
     */
    private static Attribution introCue(TokenView v, QuoteSpan q, CueOrder attributions) {
        String body = v.body;
        int k = q.start() - 1;
        while (k >= 0 && Character.isWhitespace(body.charAt(k)) && body.charAt(k) != '\n') {
            k--;
        }
        if (k >= 0 && body.charAt(k) == '\n') {
            while (k >= 0 && Character.isWhitespace(body.charAt(k))) {
                k--;
            }
            if (k >= 0 && (body.charAt(k) == ':' || body.charAt(k) == ',')) {
                Attribution last = attributions.lastBefore(k + 1); // (a colon cue ends just after the colon)
                if (last != null && body.lastIndexOf('\n', k) < last.cueStart()) {
                    return last;
                }
            }
        }
        return null;
    }

    /** A cue (and its source) right before the quotation: "Smith said, “...”", "according to Smith: “...”". */
    private static Attribution adjacentBefore(TokenView v, QuoteSpan q, CueOrder attributions) {
        String body = v.body;
        Attribution last = attributions.lastBefore(q.start());
        if (last == null) {
            return null;
        }
        int from = Math.max(last.cueEnd(), last.sourceEnd());
        if (from > q.start()) {
            return null;
        }
        // Between the cue and the quotation: spaces and joining punctuation only, or words ending in a colon.
        v.gapAfter(from);
        if (q.start() <= v.gapEnd) {
            return v.gapPunct < q.start() ? last : null;
        }
        if (stopsAdjacency(body.charAt(v.gapEnd)) || q.start() - from > 60) {
            return null;
        }
        for (int i = v.gapEnd; i < q.start(); i++) {
            if (stopsAdjacency(body.charAt(i))) {
                return null;
            }
        }
        // "Luis Osuna told The Huffington Post: “...”": a short object, then a colon right before the quote
        int k = q.start() - 1;
        while (k > from && (body.charAt(k) == ' ' || body.charAt(k) == '\u00a0')) {
            k--;
        }
        return body.charAt(k) == ':' ? last : null;
    }

    /** A character that ends a sentence, a paragraph or a quotation between a cue and a quotation. */
    private static boolean stopsAdjacency(char ch) {
        return ch == '\n' || ch == '.' || ch == '!' || ch == '?' || ch == ';' || TokenView.isQuoteChar(ch);
    }

    /** Only capitalised words and spaces in [from, to). */
    private static boolean titleWordsOnly(String body, int from, int to) {
        boolean wordStart = true;
        for (int i = from; i < to; i++) {
            char ch = body.charAt(i);
            if (ch == ' ') {
                wordStart = true;
            } else if (wordStart) {
                if (!Character.isUpperCase(ch)) {
                    return false;
                }
                wordStart = false;
            } else if (!Character.isLetter(ch) && ch != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * The nearest cue before the quotation in its sentence; when that one is a learned cue, the sentence's first cue
     * with a source (the main clause's: "The White House voiced alarm ... over Chinese suggestions that “...”").
     */
    private static Attribution cueBefore(TokenView v, QuoteSpan q, CueOrder attributions) {
        int qs = v.text.sentenceAt(q.contentStart());
        Attribution last = attributions.lastBefore(q.start());
        if (last == null || qs < 0 || last.sentence() != qs) {
            return null;
        }
        if (last.learned()) {
            Attribution first = attributions.firstSourcedInSentence(last, qs);
            return first != null ? first : last;
        }
        return last;
    }

    /**
     * The quotation {@code q} continues {@code prev}: only punctuation and spaces between them, within one
     * paragraph or across one paragraph break (the previous quotation ends its paragraph, this one opens the next).
     */
    private static boolean continues(String body, Segment prev, QuoteSpan q) {
        boolean attributedAfter = prev.cueStart() >= prev.span().end() && !prev.speaker().isEmpty();
        if (prev.kind() != QuoteKind.DIRECT && !(prev.kind() == QuoteKind.PARTIAL && attributedAfter)) {
            return false;
        }
        int nl = TokenView.newlineIn(body, prev.span().end(), q.start());
        if (nl < 0) {
            return true; // same paragraph
        }
        if (prev.cueStart() >= prev.span().end() && prev.cueStart() < nl) {
            // "...," Smith said.\n\n"More." — the next paragraph opens with the same speaker's quotation
            for (int i = prev.span().end(); i < nl; i++) {
                if (TokenView.isQuoteChar(body.charAt(i)) && body.charAt(i) != '’' && body.charAt(i) != '\'') {
                    return false;
                }
            }
            for (int i = nl; i < q.start(); i++) {
                if (!Character.isWhitespace(body.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        int breaks = 0;
        for (int i = prev.span().end(); i < q.start(); i++) {
            char ch = body.charAt(i);
            if (Character.isLetterOrDigit(ch) || TokenView.isQuoteChar(ch)) {
                return false;
            }
            if (ch == '\n') {
                breaks++;
            }
        }
        return breaks <= 2;
    }

    /** The attributions whose cue or source starts near {@code offset} (a few on each side of it). */
    private static List<Attribution> firstFrom(List<Attribution> attributions, int offset) {
        int lo = 0;
        int hi = attributions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Attribution a = attributions.get(mid);
            int near = a.hasSource() ? Math.min(a.cueStart(), a.sourceStart()) : a.cueStart();
            if (near < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int from = Math.max(0, lo - 2);
        return attributions.subList(from, Math.min(attributions.size(), lo + 3));
    }
}
