package org.presslens.features.attribution;

import java.util.Locale;

/**
 * Where the source phrase of a cue is, as token spans: the noun phrase before a verb (skipping auxiliaries, adverbs
 * and times, with an appositive or a short parenthesis), after it when it follows a quotation or comma (inversion),
 * after "by" in the passive, after "according to"; the subject of a sentence. Rules over tokens and the word classes
 * of {@link SourcingWords}; no part-of-speech tags. Stateless.
 */
final class SourcePhrases {
    /** Longest source phrase, in tokens, before the appositive. */
    static final int MAX_NP = 8;

    private SourcePhrases() {
    }

    /** Tokens [from, to) of a source phrase; {@link #NONE}; or {@link #CLAUSE}, the subject of the clause. */
    record Phrase(int from, int to) {
        /** No source phrase. */
        static final Phrase NONE = new Phrase(-1, -1);
        /** A participle after a comma ("..., saying"): the source of the clause it hangs on. */
        static final Phrase CLAUSE = new Phrase(-2, -2);

        static Phrase of(int[] span) {
            return span == null ? NONE : new Phrase(span[0], span[1]);
        }
    }

    /**
     * The source phrase of a verb cue of tokens [a, b) in the sentence [sFirst, sEnd): inversion after a quotation,
     * comma or dash ("...," said Smith), the passive ("was reported by X"), a subject before a parenthetical ("X, in
     * a statement, denied"), or the subject before the verb.
     */
    static Phrase ofVerb(TokenView v, int a, int b, int sFirst, int sEnd) {
        SourcingWords w = v.words;
        int p = a - 1;
        while (p >= sFirst && (v.lower(p).equals("also") || v.lower(p).equals("then"))) {
            p--;
        }
        // "..., saying / adding / noting ...": the subject of the clause the participle hangs on.
        if (p >= sFirst && v.isComma(p) && v.lower(a).endsWith("ing")) {
            return Phrase.CLAUSE;
        }
        // Passive: "was reported by X", "has been reiterated by X".
        int aux = a - 1;
        while (aux > sFirst && w.isAdverb(v.lower(aux))) {
            aux--; // "was roundly criticized by"
        }
        if (b < sEnd && v.lower(b).equals("by") && aux >= sFirst && w.passiveAuxiliaries.contains(v.lower(aux))) {
            int[] np = forwardNp(v, b + 1, sEnd);
            if (np != null) {
                return Phrase.of(np);
            }
        }
        // "X, in a statement, denied ...": skip a parenthetical phrase opened by a preposition.
        if (p > sFirst && v.isComma(p)) {
            int k = p - 1;
            while (k > sFirst && k > p - 12 && !v.isComma(k)) {
                k--;
            }
            if (k > sFirst && v.isComma(k) && w.parenthetical.contains(v.lower(k + 1))) {
                int e = skipBackOverAuxiliaries(v, k - 1, sFirst);
                if (e >= sFirst && v.isWord(e)) {
                    int start = phraseStart(v, e, sFirst);
                    if (start >= 0) {
                        return new Phrase(start, e + 1);
                    }
                }
            }
        }
        boolean afterPunct = p < sFirst || v.isComma(p) || v.isQuoteMark(p) || v.isDash(p);
        if (afterPunct && (p < sFirst || !v.isComma(p) || v.isQuoteMark(p - 1) || p - 1 < sFirst
                || appositive(v, p, sFirst) == null)) {
            int[] np = forwardInverted(v, b, sEnd);
            if (np != null) {
                return Phrase.of(np);
            }
        }
        // Subject before the cue.
        int e = skipBackOverAuxiliaries(v, a - 1, sFirst);
        if (e > sFirst && v.tok(e).equals(")")) {
            // "Richard Burr (R-N.C.) said": the name before a short parenthesis, which the source keeps
            int k = e - 1;
            while (k > sFirst && k > e - 8 && !v.tok(k).equals("(")) {
                k--;
            }
            if (v.tok(k).equals("(") && k - 1 >= sFirst && v.isWord(k - 1) && v.isCapitalised(k - 1)) {
                int start = backwardNp(v, k - 1, sFirst);
                if (start >= 0) {
                    return new Phrase(start, e + 1);
                }
            }
        }
        if (e < sFirst) {
            return Phrase.NONE;
        }
        if (v.isComma(e)) {
            return Phrase.of(appositive(v, e, sFirst));
        }
        if (!v.isWord(e)) {
            return Phrase.NONE;
        }
        String lw = v.lower(e);
        if (w.pronouns.contains(lw) || lw.equals("that") && e > sFirst && v.isComma(e - 1)) {
            return new Phrase(e, e + 1);
        }
        int start = backwardNp(v, e, sFirst);
        if (start < 0) {
            return Phrase.NONE;
        }
        int verb = start - 1;
        if (w.articles.contains(v.lower(start)) && verb > sFirst && v.isWord(verb) && !v.isCapitalised(verb)
                && !w.stops.contains(v.lower(verb))) {
            Phrase subject = subjectBeforeVerb(v, verb, sFirst, sEnd);
            if (subject != Phrase.NONE) {
                return subject;
            }
        }
        for (int k = start; k <= e; k++) {
            if (!w.determiners.contains(v.lower(k))) {
                return new Phrase(start, e + 1);
            }
        }
        return Phrase.NONE; // "answering a question": the cue's own article is no source
    }

    /**
     * The subject of the verb at token {@code verb} whose object came before a cue ("The ministry issued a statement",
     * "she released a statement saying"): the phrase before the verb, or after a comma the sentence's subject ("The
     * candidate, who was criticized for it, issued a statement"); {@link Phrase#NONE} when there is none.
     */
    private static Phrase subjectBeforeVerb(TokenView v, int verb, int sFirst, int sEnd) {
        int se = skipBackOverAuxiliaries(v, verb - 1, sFirst);
        if (se >= sFirst && v.isWord(se)) {
            int ss = phraseStart(v, se, sFirst);
            return ss < 0 ? Phrase.NONE : new Phrase(ss, se + 1);
        }
        if (se > sFirst && v.isComma(se)) {
            return Phrase.of(sentenceSubject(v, sFirst, sEnd, v.start(verb)));
        }
        return Phrase.NONE;
    }

    /** The source of a "statement" phrase: "In a statement, the Kremlin ..." or "The ministry, in a statement, ...". */
    static Phrase ofStatement(TokenView v, int a, int b, int sFirst, int sEnd) {
        if (a == sFirst) {
            int k = b;
            if (k < sEnd && v.isComma(k)) {
                k++;
            }
            return Phrase.of(forwardSubject(v, k, sEnd));
        }
        int e = a - 1;
        if (v.isComma(e)) {
            e--;
        }
        if (e < sFirst || !v.isWord(e)) {
            return Phrase.NONE;
        }
        int start = phraseStart(v, e, sFirst);
        return start < 0 ? Phrase.NONE : new Phrase(start, e + 1);
    }

    /** Start of the source phrase ending at word {@code e}: a pronoun alone, else the noun phrase back to it; or -1. */
    private static int phraseStart(TokenView v, int e, int sFirst) {
        return v.words.pronouns.contains(v.lower(e)) ? e : backwardNp(v, e, sFirst);
    }

    /** Skips auxiliaries, adverbs and times back from token {@code i} ("has also said", "on Monday said"). */
    static int skipBackOverAuxiliaries(TokenView v, int i, int sFirst) {
        int e = i;
        while (e >= sFirst) {
            String w = v.lower(e);
            if (v.words.isAdverb(w) && !v.isCapitalised(e)) {
                e--; // "the spokesman stubbornly repeated", "roundly criticized"
                continue;
            }
            if (v.words.skipBeforeCue.contains(w)) {
                // "told" only as part of "has told": keep it from swallowing "X told Y said"
                if (w.equals("told") || w.equals("this") && e + 1 <= i && !v.lower(e + 1).equals("week")
                        && !v.lower(e + 1).equals("month") && !v.lower(e + 1).equals("year")
                        && !v.lower(e + 1).equals("morning")) {
                    break;
                }
                e--;
                continue;
            }
            break;
        }
        return e;
    }

    /** Start of a noun phrase ending at token {@code e} (inclusive), or -1. */
    static int backwardNp(TokenView v, int e, int sFirst) {
        SourcingWords ws = v.words;
        int i = e;
        int start = -1;
        int words = 0;
        while (i >= sFirst && words < MAX_NP) {
            String t = v.tok(i);
            if (v.isWord(i)) {
                String w = t.toLowerCase(Locale.ROOT);
                if (w.equals("and") && start >= 0 && v.isCapitalised(start) && i - 1 >= sFirst
                        && v.isCapitalised(i - 1)) {
                    start = i;
                    i--;
                    continue;
                }
                if (w.equals("in") && start >= 0 && ws.isNumber(v.lower(start)) && i - 1 >= sFirst
                        && ws.isNumber(v.lower(i - 1))) {
                    start = i; // "six in 10 voters"
                    i--;
                    continue;
                }
                if (start >= 0 && i - 1 >= sFirst && ws.links.contains(v.lower(i - 1) + " " + w)) {
                    start = i; // "a person familiar with the talks", "an aide close to the minister"
                    i--;
                    continue;
                }
                if (ws.stops.contains(w) && !(start < 0 && ws.pronouns.contains(w))) {
                    break;
                }
                if (start >= 0 && ws.articles.contains(v.lower(start)) && !v.isCapitalised(i)
                        && !ws.npPrepositions.contains(w)) {
                    break; // "released a statement", "carrying the signs": a verb before its object's article
                }
                if (ws.npPrepositions.contains(w)) {
                    if (start < 0 || i - 1 < sFirst || !v.isWord(i - 1) || ws.stops.contains(v.lower(i - 1))) {
                        break;
                    }
                }
                start = i;
                words++;
                i--;
            } else if (start >= 0 && (TokenView.isPossessive(t) || t.equals("-") || t.equals("&")
                    || t.equals(".") && v.isTitleAbbreviation(i)) && i - 1 >= sFirst && v.isWord(i - 1)) {
                start = i;
                i--;
            } else {
                break;
            }
        }
        if (start < 0) {
            return -1;
        }
        // A phrase that filled the limit is probably a clause: keep its tail from the last capital or determiner.
        if (words >= MAX_NP) {
            for (int k = start; k <= e; k++) {
                if (v.isCapitalised(k) || ws.determiners.contains(v.lower(k))) {
                    return k;
                }
            }
        }
        // Leading prepositions never start a source.
        while (start <= e && ws.npPrepositions.contains(v.lower(start))) {
            start++;
        }
        return start <= e ? start : -1;
    }

    /** Before a comma that precedes a cue: "Name, a spokesman for X, said" → the span from Name to the comma. */
    static int[] appositive(TokenView v, int comma, int sFirst) {
        int i = comma - 1;
        int limit = Math.max(sFirst, comma - 30);
        int segments = 0;
        while (i >= limit) {
            if (v.isQuoteMark(i)) {
                return null;
            }
            if (v.isComma(i)) {
                segments++;
                int e = i - 1;
                if (e > sFirst && v.tok(e).equals(")")) {
                    // "Rep. Mac Thornberry (R-Texas), chairman of the committee, said"
                    int k = e - 1;
                    while (k > sFirst && k > e - 8 && !v.tok(k).equals("(")) {
                        k--;
                    }
                    if (v.tok(k).equals("(") && k - 1 >= sFirst && v.isWord(k - 1) && v.isCapitalised(k - 1)
                            && appositiveSegments(v, i + 1, comma)) {
                        int start = backwardNp(v, k - 1, sFirst);
                        if (start >= 0) {
                            return new int[] {start, comma + 1};
                        }
                    }
                }
                if (segments == 1 && e >= sFirst && v.isWord(e) && Names.isNameRun(v, i + 1, comma)) {
                    // "her senior policy adviser, Jake Sullivan, said": a description, then the name
                    int start = backwardNp(v, e, sFirst);
                    return new int[] {start >= 0 ? start : i + 1, comma + 1};
                }
                // "Sen. Orrin Hatch, R-Utah, top Republican on the finance committee, said"
                if (e >= sFirst && isPartyTag(v, e)) {
                    i--;
                    continue; // "R-Utah," is part of the name before it
                }
                if (e >= sFirst && v.isWord(e) && (v.isCapitalised(e) || v.words.pronouns.contains(v.lower(e))
                        || v.words.isPersonHead(v.lower(e))) && appositiveSegments(v, i + 1, comma)) {
                    int start = phraseStart(v, e, sFirst);
                    if (start >= 0) {
                        return new int[] {start, comma + 1}; // the closing comma belongs to the appositive
                    }
                }
                if (segments >= 3) {
                    return null;
                }
            }
            i--;
        }
        return null;
    }

    /** "R-Utah", "D-Calif" (+ "."): a US party and state tag. */
    private static boolean isPartyTag(TokenView v, int e) {
        int k = v.tok(e).equals(".") && e > 0 ? e - 1 : e;
        String w = v.tok(k);
        return w.length() >= 3 && (w.charAt(0) == 'R' || w.charAt(0) == 'D' || w.charAt(0) == 'I')
                && w.charAt(1) == '-' && Character.isUpperCase(w.charAt(2));
    }

    /**
     * Tokens [from, to) read as appositives or a relative clause: a relative pronoun first, or no auxiliary
     * verb or clause connective (so "prices rose, wages fell, said" is not an appositive).
     */
    private static boolean appositiveSegments(TokenView v, int from, int to) {
        if (from >= to) {
            return false;
        }
        String first = v.lower(from);
        if (first.equals("who") || first.equals("which") || first.equals("whose")) {
            return true;
        }
        if (!opensAppositive(v, from) && !v.isCapitalised(from) && !Character.isDigit(v.tok(from).charAt(0))
                && !v.isWord(from)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = v.lower(k);
            if (v.words.auxiliaries.contains(w) || v.words.connectives.contains(w) || v.isQuoteMark(k)) {
                return false;
            }
        }
        return true;
    }

    /** An appositive or relative clause opens with a determiner, a relative pronoun, a number or a title word. */
    private static boolean opensAppositive(TokenView v, int i) {
        if (!v.isWord(i)) {
            return false;
        }
        String w = v.lower(i);
        return v.words.determiners.contains(w) || w.equals("who") || w.equals("which") || w.equals("whose")
                || Character.isDigit(v.tok(i).charAt(0)) || v.words.titles.contains(w)
                || v.words.appositiveOpeners.contains(w) || w.endsWith("ing") && !v.isCapitalised(i);
    }

    /** An inverted source "said Smith," / "says the official." that ends at punctuation. */
    static int[] forwardInverted(TokenView v, int b, int sEnd) {
        SourcingWords ws = v.words;
        int i = b;
        int start = -1;
        int words = 0;
        while (words <= MAX_NP) {
            if (i >= sEnd) {
                // a sentence split after an initial or title ("Stephen I." | "Vladeck") goes on
                int next = start >= 0 ? v.sentenceAfterAbbreviation(i) : -1;
                if (next < 0) {
                    break;
                }
                sEnd = next;
                continue;
            }
            if (v.isWord(i)) {
                String w = v.lower(i);
                if (start >= 0 && v.isInitial(i)) {
                    words++;
                    i++; // "Stephen I. Vladeck"
                    continue;
                }
                if (start < 0 && (ws.stops.contains(w) && !ws.pronouns.contains(w) && !ws.determiners.contains(w))) {
                    return null;
                }
                if (start >= 0 && (ws.stops.contains(w) || ws.afterInversion.contains(w))) {
                    // "said Justice Breyer near the end", but not "said the plan was"
                    return ws.auxiliaries.contains(w) || !v.hasCapital(start, i) && !ws.afterInversion.contains(w)
                            ? null : new int[] {start, i};
                }
                if (start < 0 && ws.objects.contains(w)) {
                    return null;
                }
                if (start < 0) {
                    start = i;
                    if (ws.pronouns.contains(w)) {
                        return new int[] {i, i + 1};
                    }
                }
                words++;
                i++;
            } else if (start >= 0 && (TokenView.isPossessive(v.tok(i)) || v.tok(i).equals("-")
                    || v.tok(i).equals(".") && v.isTitleAbbreviation(i))) {
                i++;
            } else {
                break;
            }
        }
        if (start < 0 || words > MAX_NP) {
            return null;
        }
        // Ended at punctuation, a parenthesis ("said McCain (R-Ariz.)") or the end of the sentence.
        if (i < sEnd && !v.isComma(i) && !v.isSentencePunct(i) && !v.isQuoteMark(i) && !v.tok(i).equals(";")
                && !v.tok(i).equals(")") && !v.tok(i).equals("(") && !v.isDash(i)) {
            return null;
        }
        // "said the official", "said former CIA analyst Larry Johnson"
        if (!v.isCapitalised(start) && !ws.determiners.contains(v.lower(start)) && !ws.isPersonHead(v.lower(start))
                && !v.hasCapital(start, i)) {
            return null;
        }
        return new int[] {start, i};
    }

    /** The noun phrase after "according to" / "citing": up to punctuation or a stop word. */
    static int[] forwardNp(TokenView v, int b, int sEnd) {
        SourcingWords ws = v.words;
        int i = b;
        int start = -1;
        int words = 0;
        while (words < MAX_NP) {
            if (i >= sEnd) {
                int next = start >= 0 ? v.sentenceAfterAbbreviation(i) : -1;
                if (next < 0) {
                    break;
                }
                sEnd = next;
                continue;
            }
            if (v.isWord(i)) {
                String w = v.lower(i);
                if (ws.stops.contains(w) && !(start < 0 && (ws.pronouns.contains(w) || ws.determiners.contains(w)))) {
                    break;
                }
                if (ws.npPrepositions.contains(w) && (i + 1 >= sEnd || !v.isWord(i + 1))) {
                    break;
                }
                if (start < 0) {
                    start = i;
                }
                words++;
                i++;
            } else if (start >= 0 && (TokenView.isPossessive(v.tok(i)) || v.tok(i).equals("-") || v.tok(i).equals("&")
                    || v.tok(i).equals(".") && v.isTitleAbbreviation(i))) {
                i++;
            } else {
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        int end = i;
        while (end > start && ws.npPrepositions.contains(v.lower(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** A person head ("officials", "spokesman") or an organisation noun ("government", "ministry"). */
    private static boolean isNounHead(TokenView v, int i) {
        return v.words.isPersonHead(v.lower(i)) || v.words.organisationNouns.contains(v.lower(i))
                || v.words.documentNouns.contains(v.lower(i));
    }

    /**
     * A sentence subject after an opening phrase: [determiner] capitalised words, person heads and organisation nouns
     * ("The Chinese government", "the Russian foreign ministry", "senior officials").
     */
    static int[] forwardSubject(TokenView v, int b, int sEnd) {
        int i = b;
        if (i < sEnd && v.isWord(i) && v.words.determiners.contains(v.lower(i))) {
            i++;
        }
        int first = i;
        while (i - first < MAX_NP) {
            if (i >= sEnd) {
                int next = i > first ? v.sentenceAfterAbbreviation(i) : -1;
                if (next < 0) {
                    break;
                }
                sEnd = next; // "Rep." | "Hakeem Jeffries (D-N.Y.) reacted"
                continue;
            }
            boolean ok = v.isWord(i) && (v.isCapitalised(i) || isNounHead(v, i)) && !v.isNotName(i)
                    || i > first && v.tok(i).equals(".") && v.isTitleAbbreviation(i)
                    || v.isWord(i) && v.words.titles.contains(v.lower(i)) && i + 1 < sEnd && isNounHead(v, i + 1)
                    // "the minister", "the prime minister": after a determiner a title is the head itself
                    || first > b && v.isWord(i) && v.words.titles.contains(v.lower(i));
            if (!ok) {
                break;
            }
            i++;
        }
        if (i == first) {
            if (b < sEnd && v.isWord(b) && v.words.pronouns.contains(v.lower(b))) {
                return new int[] {b, b + 1};
            }
            return null;
        }
        return new int[] {b, i};
    }

    /**
     * The subject of a sentence: the first noun phrase ([determiner] capitalised or person words, or a pronoun)
     * after an opening phrase ending in a comma ("In a Fox interview later that day, Trump ...") or a dateline
     * ("WASHINGTON — ..."), ending before character {@code limit}; or null.
     */
    static int[] sentenceSubject(TokenView v, int sFirst, int sEnd, int limit) {
        SourcingWords ws = v.words;
        int from = sFirst;
        String first = v.lower(sFirst);
        if ((ws.isAdverb(first) || ws.connectives.contains(first) && ws.skipBeforeCue.contains(first))
                && sFirst + 1 < sEnd && v.isWord(sFirst + 1) && !ws.isInsertedAdverb(v.lower(sFirst + 1))) {
            from = sFirst + 1; // "Then the governor ...", "Finally Smith ...": an opening adverb without its comma
            first = v.lower(from);
        }
        // "Asked about it, ...", "Reached by phone, ...": an opening participle phrase, not the subject
        boolean openingParticiple = first.endsWith("ed") && from + 1 < sEnd && v.isWord(from + 1)
                && (ws.participleComplements.contains(v.lower(from + 1)) || ws.isAdverb(v.lower(from + 1)));
        if (openingParticiple || ws.stops.contains(first) && !ws.pronouns.contains(first)
                || ws.npPrepositions.contains(first) || first.endsWith("ing") || first.endsWith("ly")
                || first.equals("despite") || first.equals("following")
                || v.isNotName(from) && !ws.pronouns.contains(first) && !ws.determiners.contains(first)) {
            int k = v.nextComma(from + 1);
            if (k >= sEnd || v.start(k) >= limit) {
                return null;
            }
            from = k + 1;
        }
        int[] np = forwardSubject(v, from, sEnd);
        if (np != null && np[1] < sEnd && !v.isWord(np[1]) && v.end(np[1]) < limit
                && (v.isDash(np[1]) || v.isComma(np[1]) && TokenView.allCaps(v.tok(np[0])))) {
            // "WASHINGTON — Trump ...", "MOSCOW, ...": a dateline, not the subject ("Jindal, the scholar, ..." is)
            int k = np[1] + 1;
            while (k < sEnd && !v.isWord(k)) {
                k++;
            }
            np = k < sEnd ? forwardSubject(v, k, sEnd) : null;
        }
        return np != null && v.end(np[1] - 1) <= limit ? np : null;
    }
}
