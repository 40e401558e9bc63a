package org.presslens.features.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves pronoun sources by recency: a personal pronoun to the most recent named source before it, or to a full
 * name mentioned after that source (on one line, outside quotations and headings); a relative pronoun to the name right before it ("Sen.
 * Lindsey Graham of South Carolina, who said" → "Lindsey Graham"). No gender or number agreement. Per article: the
 * named sources are recorded in text order as the cues are read.
 */
final class PronounResolver {
    /** How many tokens back a full name is looked for. */
    private static final int MAX_SCAN = 400;

    private final TokenView v;
    private final List<Integer> namedAt = new ArrayList<>();
    private final List<String> namedNames = new ArrayList<>();

    PronounResolver(TokenView v) {
        this.v = v;
    }

    /** Records a named source whose phrase starts at character {@code offset}. */
    void named(int offset, String name) {
        namedAt.add(offset);
        namedNames.add(name);
    }

    /**
     * The named source or the full name nearest before {@code offset}, or null. A full name is two or more
     * capitalised words on one line outside quotations and headings; for a plural pronoun ({@code plural}) also two
     * names joined by "and" ("Xi and Putin").
     */
    String resolve(int offset, boolean plural) {
        int bestPos = -1;
        String best = null;
        for (int i = namedAt.size() - 1; i >= 0; i--) {
            if (namedAt.get(i) < offset) {
                bestPos = namedAt.get(i);
                best = namedNames.get(i);
                break;
            }
        }
        // A full name mentioned after that source and before the pronoun.
        int t = v.tokenAt(offset) - 1;
        int scanned = 0;
        while (t >= 0 && scanned < MAX_SCAN && v.start(t) > bestPos) {
            scanned++;
            if (v.quoteHolding(v.start(t)) != null || v.inHeading(t)) {
                t--;
                continue; // names inside quotations or headings are not the speaker's antecedent
            }
            if (nameWord(t) && !v.words.agencyWords.contains(v.lower(t))) {
                int s = t;
                while (s - 1 >= 0 && nameWord(s - 1) && sameLine(s - 1, s)) {
                    s--;
                }
                if (plural && s - 2 >= 0 && v.lower(s - 1).equals("and") && nameWord(s - 2) && sameLine(s - 2, s)) {
                    s -= 2; // "Xi and Putin"
                    while (s - 1 >= 0 && nameWord(s - 1) && sameLine(s - 1, s)) {
                        s--;
                    }
                    return Names.reported(v, s, t + 1);
                }
                if (s < t) {
                    return Names.reported(v, s, t + 1);
                }
            }
            t--;
        }
        return best;
    }

    private boolean sameLine(int a, int b) {
        return TokenView.sameParagraph(v.body, v.end(a), v.start(b));
    }

    private boolean nameWord(int t) {
        return v.isWord(t) && v.isCapitalised(t) && !v.isOrganisationWord(t) && !v.isNotName(t);
    }

    /** For a relative pronoun at token {@code rel}: the named phrase before it ("Smith, who ..."), or null. */
    String antecedent(int rel) {
        int e = rel - 1;
        if (e >= 0 && v.isComma(e)) {
            e--;
        }
        if (e >= 0 && v.tok(e).equals(")")) {
            // "Sen. Lindsey Graham (R-South Carolina), who said": skip the parenthesis
            int k = e - 1;
            while (k >= 0 && k > e - 12 && !v.tok(k).equals("(")) {
                k--;
            }
            e = k >= 0 && v.tok(k).equals("(") ? k - 1 : e;
        }
        if (e < 0 || !v.isWord(e) || !v.isCapitalised(e) || v.words.isSourceHead(v.lower(e))) {
            return null; // "Officials who said": not a name
        }
        int s = nameStart(e);
        // "Sen. Lindsey Graham of South Carolina, who": the name is before "of"
        if (s - 1 >= 1 && v.lower(s - 1).equals("of") && v.isWord(s - 2) && v.isCapitalised(s - 2)) {
            e = s - 2;
            s = nameStart(e);
        }
        return Names.reported(v, s, e + 1);
    }

    /** The first token of the run of capitalised words and title periods ending at {@code e}. */
    private int nameStart(int e) {
        int s = e;
        while (s - 1 >= 0 && (v.isWord(s - 1) && v.isCapitalised(s - 1) && !v.isNotName(s - 1)
                || v.tok(s - 1).equals(".") && v.isTitleAbbreviation(s - 1))) {
            s--;
        }
        return s;
    }
}
