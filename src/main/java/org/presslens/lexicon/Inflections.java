package org.presslens.lexicon;

import java.util.LinkedHashSet;
import java.util.Set;

/** Regular English inflections of a word, for lexicon entries ending in {@code ~}. */
final class Inflections {
    private Inflections() {
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * The word itself plus -s/-es, -ed/-d, -ing (dropping a silent e, y → ies/ied after a consonant, and a
     * doubled final consonant after a single short vowel as an extra variant: admit → admitted, admitting).
     */
    static Set<String> of(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        int n = w.length();
        if (n < 2) {
            return out;
        }
        char last = w.charAt(n - 1);
        char prev = w.charAt(n - 2);
        if (last == 'y' && !vowel(prev)) {
            String stem = w.substring(0, n - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(w + "ing");
            return out;
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")
                || w.endsWith("o")) {
            out.add(w + "es");
        } else {
            out.add(w + "s");
        }
        if (last == 'e') {
            out.add(w + "d");
            out.add(w.endsWith("ee") ? w + "ing" : w.substring(0, n - 1) + "ing");
        } else {
            out.add(w + "ed");
            out.add(w + "ing");
            if (n >= 3 && !vowel(last) && "wxy".indexOf(last) < 0 && vowel(prev) && !vowel(w.charAt(n - 3))) {
                out.add(w + last + "ed");
                out.add(w + last + "ing");
            }
        }
        return out;
    }
}
