package org.presslens.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.Remove;

/**
 * Which bag-of-words terms encode the outlet rather than the article, fitted on the training rows (in
 * cross-validation, on each training fold) and removed before the learner sees them. A term is removed when
 * <ul>
 *   <li>it is concentrated in few outlets: for k = 1 or 2, the k outlets whose training documents contain it most
 *       often hold at least {@code share} ({@link TextFeatures#outletShare()}) of the training documents that
 *       contain it, and at least {@value #LIFT} times their share of all training rows (so that in a corpus of
 *       three outlets, or one dominated by a giant, ordinary words stay). This catches page furniture that
 *       survived cleaning ({@code toggle}, {@code enlarge}), bylines and desk names, and an outlet's own name;</li>
 *   <li>or it is an outlet's name: the name of the outlet whose documents contain it most often, or a word of
 *       that name, when that outlet holds at least {@value #LIFT} times its share of the rows of the term's
 *       documents ({@code cnn} in CNN; not {@code vice} or {@code fair}, which outlets named Vice and FAIR share
 *       with everyone); or a word of any outlet's name that occurs in fewer than
 *       {@value #NAME_WORD_MAX_DOC_SHARE} of the training documents ({@code breitbart}; not {@code new} or
 *       {@code times}).</li>
 * </ul>
 * Rows without an outlet (data read with {@code --group-by none}) count as one outlet each, so without
 * outlets only the rare-term part can act.
 */
public final class OutletTerms {
    /** A concentrated term must also be this many times more frequent in its top outlets than their share of rows. */
    public static final double LIFT = 3.0;
    /** A word of an outlet name is removed when fewer than this share of training documents contain it. */
    public static final double NAME_WORD_MAX_DOC_SHARE = 0.05;
    /** How many removed terms provenance describes one by one (the most frequent). */
    public static final int DESCRIBED = 100;

    /**
     * A removed term.
     *
     * @param term      the term (without the attribute prefix)
     * @param documents training documents containing it
     * @param share     share of those documents in its top outlet(s)
     * @param outlets   its top outlet(s), joined by {@code " + "}
     * @param reason    {@code concentrated} or {@code outlet name}
     */
    public record Removed(String term, int documents, double share, String outlets, String reason) {
    }

    /**
     * The terms removed from a model's text features.
     *
     * @param share     the concentration threshold used
     * @param count     how many terms were removed
     * @param terms     every removed term, sorted (they are removed again by name when the model is loaded)
     * @param described the {@value #DESCRIBED} most frequent removed terms with why they were removed
     */
    public record Fit(double share, int count, List<String> terms, List<Removed> described) {
        public Fit {
            terms = List.copyOf(terms);
            described = List.copyOf(described);
        }
    }

    private OutletTerms() {
    }

    /**
     * Decides which word attributes of vectorised training rows to remove.
     *
     * @param vec     the training rows after the bag-of-words filter (word attributes named {@code word:<term>})
     * @param outlets the outlet of each row (empty: a group of its own)
     * @param share   the concentration threshold, in (0, 1]
     * @param ngramMax longest n-gram of the text features
     */
    public static Fit fit(Instances vec, List<String> outlets, double share, int ngramMax) {
        int n = vec.numInstances();
        Map<String, Integer> outletIndex = new HashMap<>();
        int[] rowOutlet = new int[n];
        for (int i = 0; i < n; i++) {
            String o = outlets.get(i);
            String key = o == null || o.isEmpty() ? "\u0000row " + i : o;
            rowOutlet[i] = outletIndex.computeIfAbsent(key, k -> outletIndex.size());
        }
        int numOutlets = outletIndex.size();
        int[] outletRows = new int[numOutlets];
        for (int o : rowOutlet) {
            outletRows[o]++;
        }
        String[] outletName = new String[numOutlets];
        outletIndex.forEach((k, v) -> outletName[v] = k.startsWith("\u0000") ? "" : k);
        int numAttrs = vec.numAttributes();
        boolean[] word = new boolean[numAttrs];
        for (int a = 0; a < numAttrs; a++) {
            word[a] = a != vec.classIndex() && vec.attribute(a).name().startsWith(ClassifierFactory.WORD_PREFIX);
        }
        int[] df = new int[numAttrs];
        // documents per (term, outlet), sparse: most terms occur in few outlets
        List<Map<Integer, Integer>> byOutlet = new ArrayList<>(numAttrs);
        for (int a = 0; a < numAttrs; a++) {
            byOutlet.add(null);
        }
        for (int i = 0; i < n; i++) {
            Instance inst = vec.instance(i);
            for (int j = 0; j < inst.numValues(); j++) {
                int a = inst.index(j);
                if (!word[a] || !(inst.valueSparse(j) > 0)) {
                    continue;
                }
                df[a]++;
                Map<Integer, Integer> m = byOutlet.get(a);
                if (m == null) {
                    m = new HashMap<>(4);
                    byOutlet.set(a, m);
                }
                m.merge(rowOutlet[i], 1, Integer::sum);
            }
        }
        List<Set<String>> ownName = new ArrayList<>(numOutlets);
        Set<String> nameWords = new HashSet<>();
        for (String o : outletName) {
            List<String> words = WordNGramTokenizer.words(o);
            Set<String> own = new HashSet<>(words);
            if (!words.isEmpty() && words.size() <= ngramMax) {
                own.add(String.join(" ", words));
            }
            ownName.add(own);
            nameWords.addAll(words);
        }
        List<Removed> removed = new ArrayList<>();
        int prefix = ClassifierFactory.WORD_PREFIX.length();
        for (int a = 0; a < numAttrs; a++) {
            if (!word[a] || df[a] == 0) {
                continue;
            }
            String term = vec.attribute(a).name().substring(prefix);
            Map<Integer, Integer> m = byOutlet.get(a);
            int first = -1;
            int second = -1;
            for (Map.Entry<Integer, Integer> e : m.entrySet()) {
                int o = e.getKey();
                if (first < 0 || better(e.getValue(), o, m.get(first), first)) {
                    second = first;
                    first = o;
                } else if (second < 0 || better(e.getValue(), o, m.get(second), second)) {
                    second = o;
                }
            }
            double s1 = m.get(first) / (double) df[a];
            double b1 = outletRows[first] / (double) n;
            double s2 = second < 0 ? s1 : (m.get(first) + m.get(second)) / (double) df[a];
            double b2 = second < 0 ? b1 : (outletRows[first] + outletRows[second]) / (double) n;
            String reason = null;
            double s = s1;
            String where = outletName[first];
            if (s1 >= share && s1 >= LIFT * b1) {
                reason = "concentrated";
            } else if (second >= 0 && s2 >= share && s2 >= LIFT * b2) {
                reason = "concentrated";
                s = s2;
                where = outletName[first] + " + " + outletName[second];
            } else if ((ownName.get(first).contains(term) && s1 >= LIFT * b1)
                    || (nameWords.contains(term) && df[a] < NAME_WORD_MAX_DOC_SHARE * n)) {
                reason = "outlet name";
            }
            if (reason != null) {
                removed.add(new Removed(term, df[a], Math.round(s * 1e4) / 1e4, where, reason));
            }
        }
        List<String> terms = removed.stream().map(Removed::term).sorted().toList();
        List<Removed> described = removed.stream()
                .sorted(Comparator.comparingInt(Removed::documents).reversed().thenComparing(Removed::term))
                .limit(DESCRIBED).toList();
        return new Fit(share, terms.size(), terms, described);
    }

    /** Whether outlet {@code o} with {@code c} documents ranks above outlet {@code p} with {@code d} (ties: lower index). */
    private static boolean better(int c, int o, int d, int p) {
        return c > d || (c == d && o < p);
    }

    /**
     * The filter that removes the given terms from the output of a fitted bag-of-words filter, or {@code null}
     * when there are none.
     *
     * @param format the bag-of-words output format
     * @throws IllegalArgumentException when a term is not an attribute of the format
     */
    public static Remove remover(Instances format, List<String> terms) {
        if (terms == null || terms.isEmpty()) {
            return null;
        }
        Remove r = new Remove();
        r.setAttributeIndicesArray(removedAttributes(format, terms));
        try {
            r.setInputFormat(format);
        } catch (Exception e) {
            throw new IllegalStateException("term filter failed: " + e.getMessage(), e);
        }
        return r;
    }

    /**
     * The attributes of a bag-of-words output format that {@link #remover} removes for the given terms, in
     * ascending order.
     *
     * @throws IllegalArgumentException when a term is not an attribute of the format
     */
    static int[] removedAttributes(Instances format, List<String> terms) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int a = 0; a < format.numAttributes(); a++) {
            index.put(format.attribute(a).name(), a);
        }
        int[] drop = new int[terms.size()];
        for (int i = 0; i < drop.length; i++) {
            Integer a = index.get(ClassifierFactory.WORD_PREFIX + terms.get(i));
            if (a == null) {
                throw new IllegalArgumentException("removed term '" + terms.get(i) + "' is not in the vocabulary");
            }
            drop[i] = a;
        }
        java.util.Arrays.sort(drop);
        return drop;
    }
}
