package org.presslens.features.hedging;

import java.util.ArrayList;
import java.util.List;
import org.presslens.text.NormalizedWords;

/**
 * The context predicates of one hedge candidate, the input of the cue model: the lexicon entry and category,
 * the matched words, the two words either side within the sentence, the position and length of the sentence,
 * a capital letter inside the sentence, and the other candidates of the sentence. Training and scoring use this
 * one definition; {@link #VERSION} is recorded in the model and a model of another version is refused.
 */
public final class HedgeContext {
    /** Version of the predicate set; bump it whenever {@link #of} changes, and retrain. */
    public static final String VERSION = "1";

    private HedgeContext() {
    }

    /**
     * @param w        the text's normalised words
     * @param body     the text (for capitalisation)
     * @param first    index of the candidate's first word
     * @param last     index of its last word
     * @param from     index of the sentence's first word
     * @param to       index after the sentence's last word
     * @param entry    the lexicon entry as written
     * @param category the entry's first category
     * @param others   entries of the other candidates in the sentence
     */
    static String[] of(NormalizedWords w, String body, int first, int last, int from, int to, String entry,
                       String category, List<String> others) {
        List<String> p = new ArrayList<>(20 + others.size());
        String e = entry.toLowerCase(java.util.Locale.ROOT);
        p.add("bias");
        p.add("t=" + e);
        p.add("c=" + category);
        StringBuilder form = new StringBuilder("f=");
        for (int i = first; i <= last; i++) {
            form.append(i > first ? "_" : "").append(w.word(i));
        }
        p.add(form.toString());
        String p1 = word(w, first - 1, from, to);
        String n1 = word(w, last + 1, from, to);
        p.add("p1=" + p1);
        p.add("p2=" + word(w, first - 2, from, to));
        p.add("n1=" + n1);
        p.add("n2=" + word(w, last + 2, from, to));
        p.add("tp1=" + e + "|" + p1);
        p.add("tn1=" + e + "|" + n1);
        int len = to - from;
        int at = first - from;
        p.add("pos=" + (at == 0 ? "first" : Integer.toString(at * 3 / Math.max(1, len))));
        p.add("len=" + (len < 10 ? "s" : len < 20 ? "m" : len < 35 ? "l" : "xl"));
        if (at > 0 && Character.isUpperCase(body.charAt(w.start(first)))) {
            p.add("cap");
        }
        if (at > 0 && w.breakBefore(first)) {
            p.add("brk");
        }
        p.add("k=" + Math.min(others.size(), 3));
        for (String o : others) {
            p.add("o=" + o.toLowerCase(java.util.Locale.ROOT));
        }
        return p.toArray(new String[0]);
    }

    private static String word(NormalizedWords w, int i, int from, int to) {
        return i < from ? "<s>" : i >= to ? "</s>" : w.word(i);
    }
}
