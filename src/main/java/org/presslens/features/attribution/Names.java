package org.presslens.features.attribution;

/**
 * Names inside source phrases: runs of capitalised words, whether a phrase holds a person's full name, and the name
 * a source is reported as (titles and descriptions stripped: "former CIA analyst Larry Johnson" → "Larry Johnson").
 */
final class Names {
    private Names() {
    }

    /** Tokens [from, to) are one to five capitalised words (a name, titles allowed). */
    static boolean isNameRun(TokenView v, int from, int to) {
        if (to <= from || to - from > 8 || !v.isWord(from) || !v.isCapitalised(from)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            boolean name = v.isWord(k) && v.isCapitalised(k) && !v.isNotName(k);
            boolean period = v.tok(k).equals(".") && v.isTitleAbbreviation(k);
            boolean of = v.lower(k).equals("of") && k > from && k + 1 < to && v.isCapitalised(k + 1);
            if (!name && !period && !of) {
                return false; // "Gen. Philip M. Breedlove", "Mitch McConnell of Kentucky" are names
            }
        }
        return true;
    }

    /**
     * True when tokens [from, head) hold two or more capitalised words that are not titles, sentence openers,
     * organisation words or nationalities: a person's full name.
     */
    static boolean isProperName(TokenView v, int from, int head) {
        int people = 0;
        for (int k = from; k < head; k++) {
            if (v.isWord(k) && v.isCapitalised(k) && !v.isNotName(k) && !v.words.titles.contains(v.lower(k))
                    && !v.isOrganisationWord(k) && !v.words.isNationality(v.tok(k))) {
                people++;
            }
        }
        return people >= 2;
    }

    /**
     * The name to report for tokens [from, to): the last run of capitalised words (with initials, title periods and
     * "and" between names: "CIA analyst Larry Johnson" → "Larry Johnson", "Xi and Putin" stays whole), without the
     * titles before it ("Former Florida Gov. Jeb Bush" → "Jeb Bush").
     */
    static String reported(TokenView v, int from, int to) {
        int runStart = to - 1;
        while (runStart - 1 >= from) {
            int p = runStart - 1;
            boolean name = v.isWord(p) && v.isCapitalised(p);
            boolean period = v.tok(p).equals(".") && v.isTitleAbbreviation(p);
            boolean and = v.lower(p).equals("and") && p - 1 >= from && v.isCapitalised(p - 1) && v.isWord(p - 1);
            if (!name && !period && !and) {
                break;
            }
            runStart = p;
        }
        if (runStart > from && v.isCapitalised(to - 1)) {
            from = runStart;
        }
        int k = from;
        for (int t = to - 2; t >= from; t--) {
            String w = v.lower(t);
            if (v.words.titles.contains(w) || v.words.titles.contains(w + ".")
                    || w.equals(".") && t > from && v.words.titles.contains(v.lower(t - 1))) {
                k = t + 1;
                break;
            }
        }
        while (k < to - 1 && (v.words.titles.contains(v.lower(k)) || !v.isCapitalised(k) || v.isNotName(k))) {
            k++;
        }
        return v.body.substring(v.start(k), v.end(to - 1));
    }
}
