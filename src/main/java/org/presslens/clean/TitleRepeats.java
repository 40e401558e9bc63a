package org.presslens.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.core.Cancellation;

/**
 * Which candidate title lines a page repeats elsewhere, for {@link BoilerplateCleaner}'s title choice: the key of
 * a candidate is repeated when another line's key equals it, is a prefix of it at a word boundary (12 characters or
 * more), extends it by a word-boundary tail of at most 40 characters (when it has 12 or more), or ends with it after
 * a space (when it has 20 or more). Keys are {@link LineKey#bare()} keys. Found with hash look-ups over each
 * distinct key's prefixes and suffixes, in time linear in the page's size however many candidates and repeats it has.
 */
final class TitleRepeats {
    /** The distinct candidate keys, with their hashes and prefix hashes. */
    private final List<String> distinct = new ArrayList<>();
    private final Map<Integer, List<Integer>> byHash = new HashMap<>();
    /** Hash of a word-boundary prefix (12+ characters) of a candidate key → (key index, prefix length). */
    private final Map<Integer, List<int[]>> prefixes = new HashMap<>();
    private boolean[] repeated;

    private TitleRepeats() {
    }

    /**
     * @param keys       the bare key of every line of the page
     * @param candidates indexes into {@code keys} of the candidate title lines
     * @return for each candidate, whether the page repeats it
     */
    static boolean[] find(String[] keys, int[] candidates) {
        boolean[] out = new boolean[candidates.length];
        if (candidates.length == 0) {
            return out;
        }
        TitleRepeats t = new TitleRepeats();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int c : candidates) {
            String k = keys[c];
            if (!k.isEmpty() && !index.containsKey(k)) {
                index.put(k, t.distinct.size());
                t.add(k);
            }
        }
        t.repeated = new boolean[t.distinct.size()];
        int[] count = new int[t.distinct.size()];
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < keys.length; j++) {
            if ((j & 1023) == 0) {
                Cancellation.check();
            }
            String b = keys[j];
            Integer same = index.get(b);
            if (same != null) {
                count[same]++;
            }
            if (!b.isEmpty() && seen.add(b)) {
                t.prefixOfCandidate(b);
                t.extendsCandidate(b);
                t.endsWithCandidate(b);
            }
        }
        for (int c = 0; c < candidates.length; c++) {
            Integer k = index.get(keys[candidates[c]]);
            // equal to another line's key: the candidate's own line counts once
            out[c] = k != null && (t.repeated[k] || count[k] >= 2);
        }
        return out;
    }

    private void add(String k) {
        int id = distinct.size();
        distinct.add(k);
        byHash.computeIfAbsent(k.hashCode(), h -> new ArrayList<>(1)).add(id);
        int h = 0;
        for (int p = 0; p < k.length(); p++) {
            if (p >= 12 && k.charAt(p) == ' ') {
                prefixes.computeIfAbsent(h, x -> new ArrayList<>(1)).add(new int[] {id, p});
            }
            h = 31 * h + k.charAt(p);
        }
    }

    /** Line key {@code b} is a word-boundary prefix of a candidate. */
    private void prefixOfCandidate(String b) {
        for (int[] kp : prefixes.getOrDefault(b.hashCode(), List.of())) {
            if (b.length() == kp[1] && distinct.get(kp[0]).startsWith(b)) {
                repeated[kp[0]] = true;
            }
        }
    }

    /** Line key {@code b} is a candidate followed by a space and at most 39 more characters. */
    private void extendsCandidate(String b) {
        int n = b.length();
        int h = 0;
        for (int p = 0; p < n; p++) {
            if (p >= 12 && n - p <= 40 && b.charAt(p) == ' ') {
                for (int k : byHash.getOrDefault(h, List.of())) {
                    if (distinct.get(k).length() == p && b.startsWith(distinct.get(k))) {
                        repeated[k] = true;
                    }
                }
            }
            h = 31 * h + b.charAt(p);
        }
    }

    /** Line key {@code b} ends with a space and a candidate of 20 or more characters. */
    private void endsWithCandidate(String b) {
        int n = b.length();
        int h = 0;
        int pow = 1;
        for (int i = n - 1; i > 0; i--) {
            h += b.charAt(i) * pow;
            pow *= 31;
            if (n - i >= 20 && b.charAt(i - 1) == ' ') {
                for (int k : byHash.getOrDefault(h, List.of())) {
                    if (distinct.get(k).length() == n - i && b.startsWith(distinct.get(k), i)) {
                        repeated[k] = true;
                    }
                }
            }
        }
    }
}
