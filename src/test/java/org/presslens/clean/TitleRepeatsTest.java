package org.presslens.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TitleRepeatsTest {

    /** The rule as the cleaner stated it before the index: every candidate against every line. */
    private static boolean[] bruteForce(String[] keys, int[] candidates) {
        boolean[] out = new boolean[candidates.length];
        for (int c = 0; c < candidates.length; c++) {
            String k = keys[candidates[c]];
            for (int j = 0; j < keys.length; j++) {
                String other = keys[j];
                if (j != candidates[c] && (BoilerplateCleaner.titleMatch(other, k) || (k.length() >= 20 && other.endsWith(" " + k)))) {
                    out[c] = true;
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void agreesWithComparingEveryCandidateWithEveryLine() {
        String[] vocab = {"putin", "and", "xi", "meet", "in", "moscow", "talks", "news", "world", "home", "a",
                "strengthening", "ties", "visit"};
        Random r = new Random(42);
        for (int round = 0; round < 3000; round++) {
            String[] keys = new String[1 + r.nextInt(12)];
            for (int j = 0; j < keys.length; j++) {
                StringBuilder b = new StringBuilder();
                int words = r.nextInt(9);
                for (int w = 0; w < words; w++) {
                    b.append(w == 0 ? "" : " ").append(vocab[r.nextInt(vocab.length)]);
                }
                keys[j] = b.toString();
            }
            if (keys.length > 2 && r.nextBoolean()) {
                keys[keys.length - 1] = keys[0]; // exact repeats
            }
            if (keys.length > 3 && r.nextBoolean()) {
                keys[2] = "home world news " + keys[1]; // breadcrumb ending with a candidate
            }
            int[] candidates = r.ints(r.nextInt(keys.length + 1), 0, keys.length).distinct().sorted().toArray();
            assertArrayEquals(bruteForce(keys, candidates), TitleRepeats.find(keys, candidates), String.join(" | ", keys));
        }
    }

    @Test
    void findsEachKindOfRepeat() {
        String title = "putin and xi meet in moscow";
        assertTrue(TitleRepeats.find(new String[] {title, "x", title}, new int[] {0})[0], "same key");
        assertTrue(TitleRepeats.find(new String[] {title, "putin and xi meet"}, new int[] {0})[0], "shortened");
        assertTrue(TitleRepeats.find(new String[] {title, title + " the daily"}, new int[] {0})[0], "site name added");
        assertTrue(TitleRepeats.find(new String[] {title, "home world news " + title}, new int[] {0})[0], "breadcrumb");
        assertFalse(TitleRepeats.find(new String[] {title, "putin"}, new int[] {0})[0], "a short prefix is no repeat");
        assertFalse(TitleRepeats.find(new String[] {title}, new int[] {0})[0], "the line itself is no repeat");
    }
}
