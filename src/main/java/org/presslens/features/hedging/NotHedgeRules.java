package org.presslens.features.hedging;

import java.util.Set;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NormalizedWords;
import org.presslens.text.Span;

/** The rules that drop hedge-lexicon matches that are not hedges: the month or name "May" and the noun "might". */
final class NotHedgeRules {
    /** Words before a capitalised or lower-case "May" that make it the month. */
    static final Set<String> MONTH_CONTEXT = Set.of("in", "on", "since", "until", "till", "by", "from", "through",
            "throughout", "during", "of", "early", "late", "mid", "last", "next", "this", "between", "before", "after",
            "around", "and", "or", "to", "april", "june", "for", "that", "every", "each", "end", "beginning", "start");
    /** Words before "might" that make it the noun. */
    static final Set<String> MIGHT_NOUN_CONTEXT = Set.of("military", "economic", "naval", "nuclear", "industrial",
            "financial", "full", "all", "his", "her", "its", "their", "our", "your", "my", "the", "whose", "sheer",
            "great", "s", "western", "american", "russian", "chinese", "soviet", "air", "technological");

    private NotHedgeRules() {
    }

    /** True when the match starting at word {@code i} is the month or name "May" or the noun "might". */
    static boolean excluded(AnalyzedText text, NormalizedWords w, int i) {
        if (i < 0) {
            return false;
        }
        if (w.word(i).equals("may") && !isModalMay(text, w, i)) {
            return true;
        }
        return w.word(i).equals("might") && i > 0 && !w.breakBefore(i) && MIGHT_NOUN_CONTEXT.contains(w.word(i - 1));
    }

    /**
     * The May rule. Lower-case "may" is the modal unless it sits between a month-context word and a number
     * ("in may 2024"). Capitalised "May" followed by a number ("May 2024", "May 12") or preceded by a
     * month-context word ("in May", "early May") is the month; elsewhere inside a sentence it is the month or a
     * name ("Theresa May"), never the modal, unless the sentence is in headline case; at the start of a
     * sentence, in a headline-case sentence, or written "MAY", the POS tagger decides (modal iff tag MD).
     */
    static boolean isModalMay(AnalyzedText text, NormalizedWords w, int i) {
        String body = text.body();
        int start = w.start(i);
        String surface = body.substring(start, w.end(i));
        boolean nextIsNumber = i + 1 < w.size() && !w.breakBefore(i + 1) && isNumber(w.word(i + 1))
                || i + 1 < w.size() && isNumber(w.word(i + 1)) && onlySpaceOrCommaBetween(body, w.end(i), w.start(i + 1));
        boolean prevMonthContext = i > 0 && !w.breakBefore(i) && MONTH_CONTEXT.contains(w.word(i - 1));
        if (surface.equals("may")) {
            return !(nextIsNumber && prevMonthContext);
        }
        if (nextIsNumber) {
            return false;
        }
        boolean capitalised = surface.equals("May");
        if (capitalised && prevMonthContext) {
            return false;
        }
        int s = text.sentenceAt(start);
        if (s < 0) {
            return !capitalised;
        }
        SentenceFacts facts = text.memo(SentenceFacts.class, () -> new SentenceFacts(text, w));
        boolean initial = facts.firstLetterOrDigit(s) >= start;
        if (capitalised && !initial && !facts.headlineCase(s)) {
            return false;
        }
        int t = text.tokenStartingAt(start);
        if (t < 0) {
            return !capitalised;
        }
        int k = t - text.firstToken(s);
        return k >= 0 && t < text.endToken(s) && text.posTag(s, t).equals("MD");
    }

    private static boolean onlySpaceOrCommaBetween(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c != ',' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String word) {
        if (word.isEmpty() || word.length() > 4) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return word.matches("\\d{1,2}(st|nd|rd|th)");
            }
        }
        return true;
    }

    /**
     * What the May rule asks about a sentence, computed once per sentence: an article may say "May" many times in
     * one long sentence.
     */
    private static final class SentenceFacts {
        private final AnalyzedText text;
        private final NormalizedWords w;
        private final int[] firstLetterOrDigit;
        private final byte[] headlineCase;

        SentenceFacts(AnalyzedText text, NormalizedWords w) {
            this.text = text;
            this.w = w;
            this.firstLetterOrDigit = new int[text.sentences().size()];
            this.headlineCase = new byte[text.sentences().size()];
            java.util.Arrays.fill(firstLetterOrDigit, -1);
        }

        /** Offset of the sentence's first letter or digit (its end when it has none). */
        int firstLetterOrDigit(int s) {
            if (firstLetterOrDigit[s] < 0) {
                Span sp = text.sentences().get(s);
                int i = sp.start();
                while (i < sp.end() && !Character.isLetterOrDigit(text.body().charAt(i))) {
                    i++;
                }
                firstLetterOrDigit[s] = i;
            }
            return firstLetterOrDigit[s];
        }

        /** At least 3 words of 4+ letters in the sentence, and at least 60 % of them capitalised. */
        boolean headlineCase(int s) {
            if (headlineCase[s] == 0) {
                Span sp = text.sentences().get(s);
                int long4 = 0;
                int caps = 0;
                for (int i = w.firstAtOrAfter(sp.start()); i < w.size() && w.start(i) < sp.end(); i++) {
                    if (w.word(i).length() >= 4) {
                        long4++;
                        if (Character.isUpperCase(text.body().charAt(w.start(i)))) {
                            caps++;
                        }
                    }
                }
                headlineCase[s] = (byte) (long4 >= 3 && caps * 10 >= long4 * 6 ? 2 : 1);
            }
            return headlineCase[s] == 2;
        }
    }
}
