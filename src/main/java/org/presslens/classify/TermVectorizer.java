package org.presslens.classify;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import weka.core.DictionaryBuilder;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Range;
import weka.core.SparseInstance;
import weka.core.stemmers.NullStemmer;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * A model's bag-of-words input built straight from an article's term counts ({@link TextTerms}): the sparse
 * instance that the model's Weka filter chain gives — the fitted {@code StringToWordVector} (count the
 * dictionary's tokens, TF {@code log(1+tf)}, IDF {@code ·log(N/df)}, normalise to the average document
 * length), then the outlet-term {@code Remove} ({@link OutletTerms}), then term scaling
 * ({@link Fitting#scaleTerms}) — value for value and bit for bit: the same floating-point operations in the
 * same order, the same entries (numeric features that are not 0, the missing class, dictionary terms), the same
 * zeros dropped. It skips Weka's per-article costs: a {@code TreeMap} per article, a copy of the whole value
 * array for every normalised or scaled value ({@code SparseInstance.setValueSparse}), a pass over the whole
 * vocabulary in {@code Remove}.
 *
 * <p>Built from a fitted model ({@link #of}) only for the configuration it reproduces: presslens's
 * {@link WordNGramTokenizer}, no stemmer ({@code NullStemmer}), exactly the text attribute converted, the
 * numeric features then the text then the class as input; any combination of word counts, TF, IDF,
 * normalisation and lower-casing; with or without outlet terms and term scaling. For anything else (another
 * tokenizer or stemmer, a vectorizer not ready to vectorize), {@link #of} refuses and the model keeps Weka's
 * filters. Immutable: shared by all threads (the output format its instances are attached to too, read-only, as
 * the classifiers only read attribute types and the class); the classifiers stay per thread.
 */
final class TermVectorizer {
    private final int numFeatures;
    private final int maxN;
    private final boolean lowerCase;
    /** Term to its dictionary position. */
    private final Map<String, Integer> dictionary;
    /** Per dictionary position, {@code log(N/df)}, or {@code null} without IDF. */
    private final double[] idf;
    private final boolean wordCounts;
    private final boolean tf;
    private final boolean normalize;
    private final double avgDocLength;
    /** First dictionary attribute of the vectorizer output. */
    private final int offset;
    /** Per vectorizer output attribute, its index after the term filter (-1: removed), or {@code null}. */
    private final int[] kept;
    /** The divisors of term scaling, or {@code null}. */
    private final double[] termScale;
    /** The format of the last filter's output (read-only, shared by threads), which instances are attached to. */
    private final Instances format;

    private TermVectorizer(int numFeatures, int maxN, boolean lowerCase, Map<String, Integer> dictionary,
                           double[] idf, boolean wordCounts, boolean tf, boolean normalize, double avgDocLength,
                           int[] kept, double[] termScale, Instances format) {
        this.numFeatures = numFeatures;
        this.maxN = maxN;
        this.lowerCase = lowerCase;
        this.dictionary = dictionary;
        this.idf = idf;
        this.wordCounts = wordCounts;
        this.tf = tf;
        this.normalize = normalize;
        this.avgDocLength = avgDocLength;
        this.offset = numFeatures + 1;
        this.kept = kept;
        this.termScale = termScale;
        this.format = format;
    }

    /**
     * The term vectorizer of a fitted model with text features.
     *
     * @param numFeatures the model's numeric features (before the text attribute)
     * @throws IllegalArgumentException naming what it does not reproduce, when the model's filters differ from
     *                                  what it reproduces exactly
     */
    static TermVectorizer of(Fitting.Fitted fitted, int numFeatures) {
        StringToWordVector swv = fitted.vectorizer();
        if (swv == null) {
            throw new IllegalArgumentException("no bag-of-words filter");
        }
        DictionaryBuilder b = field(StringToWordVector.class, swv, "m_dictionaryBuilder", DictionaryBuilder.class);
        if (b == null || !b.readyToVectorize()) {
            throw new IllegalArgumentException("the bag-of-words filter has no finished dictionary");
        }
        if (b.getTokenizer() == null || b.getTokenizer().getClass() != WordNGramTokenizer.class) {
            throw new IllegalArgumentException("tokenizer " + (b.getTokenizer() == null ? "none"
                    : b.getTokenizer().getClass().getName()) + ", not " + WordNGramTokenizer.class.getName());
        }
        if (b.getStemmer() == null || b.getStemmer().getClass() != NullStemmer.class) {
            throw new IllegalArgumentException("stemmer " + (b.getStemmer() == null ? "none"
                    : b.getStemmer().getClass().getName()) + ", not NullStemmer");
        }
        Instances in = b.getInputFormat();
        if (in.numAttributes() != numFeatures + 2 || in.classIndex() != numFeatures + 1
                || !in.attribute(numFeatures).isString() || !in.classAttribute().isNominal()) {
            throw new IllegalArgumentException("input format is not the numeric features, the text, the class");
        }
        for (int a = 0; a < numFeatures; a++) {
            if (!in.attribute(a).isNumeric()) {
                throw new IllegalArgumentException("input attribute " + a + " is not numeric");
            }
        }
        Range range = b.getSelectedRange();
        for (int a = 0; a < in.numAttributes(); a++) {
            if (range.isInRange(a) != (a == numFeatures)) {
                throw new IllegalArgumentException("the filter converts attributes other than the text");
            }
        }
        boolean normalize = b.getNormalize();
        if (normalize && !(b.getAverageDocLength() > 0)) {
            throw new IllegalArgumentException("normalisation without an average document length");
        }
        @SuppressWarnings("unchecked")
        Map<String, int[]> dict = field(DictionaryBuilder.class, b, "m_consolidatedDict", Map.class);
        Integer count = field(DictionaryBuilder.class, b, "m_count", Integer.class);
        Instances out;
        try {
            out = b.getVectorizedFormat();
        } catch (Exception e) {
            throw new IllegalArgumentException("no output format: " + e.getMessage(), e);
        }
        int offset = numFeatures + 1;
        if (out.numAttributes() != offset + dict.size() || out.classIndex() != numFeatures) {
            throw new IllegalArgumentException("output format is not the numeric features, the class, the dictionary");
        }
        String prefix = b.getAttributeNamePrefix();
        boolean useIdf = b.getIDFTransform();
        Map<String, Integer> positions = new HashMap<>(dict.size() * 2);
        double[] idf = useIdf ? new double[dict.size()] : null;
        for (Map.Entry<String, int[]> e : dict.entrySet()) {
            int[] h = e.getValue();
            int d = h[0];
            if (d < 0 || d >= dict.size() || !out.attribute(offset + d).name().equals(prefix + e.getKey())
                    || positions.put(e.getKey(), d) != null) {
                throw new IllegalArgumentException("dictionary entry '" + e.getKey() + "' does not match its attribute");
            }
            if (useIdf) {
                if (h.length != 2) {
                    throw new IllegalArgumentException("IDF without document counts");
                }
                idf[d] = Math.log(count / (double) h[1]);
            }
        }
        int[] kept = null;
        Instances fin = out;
        if (fitted.termFilter() != null) {
            if (fitted.outletTerms() == null) {
                throw new IllegalArgumentException("a term filter without outlet terms");
            }
            fin = fitted.termFilter().getOutputFormat();
            kept = new int[out.numAttributes()];
            for (int a : OutletTerms.removedAttributes(out, fitted.outletTerms().terms())) {
                kept[a] = -1;
            }
            int next = 0;
            for (int a = 0; a < kept.length; a++) {
                if (kept[a] == 0) {
                    if (next >= fin.numAttributes() || !fin.attribute(next).name().equals(out.attribute(a).name())) {
                        throw new IllegalArgumentException("the term filter keeps other attributes than the outlet terms say");
                    }
                    kept[a] = next++;
                }
            }
            if (next != fin.numAttributes() || fin.classIndex() != kept[numFeatures]) {
                throw new IllegalArgumentException("the term filter keeps other attributes than the outlet terms say");
            }
        }
        if (fitted.termScale() != null && fitted.termScale().length != fin.numAttributes()) {
            throw new IllegalArgumentException("term scales for another vocabulary");
        }
        return new TermVectorizer(numFeatures, ((WordNGramTokenizer) b.getTokenizer()).maxN(), b.getLowerCaseTokens(),
                positions, idf, b.getOutputWordCounts(), b.getTFTransform(), normalize, b.getAverageDocLength(), kept,
                fitted.termScale(), fin);
    }

    /** The n-gram length of its tokenizer. */
    int maxN() {
        return maxN;
    }

    /** Whether it lower-cases tokens. */
    boolean lowerCase() {
        return lowerCase;
    }

    /** Term to its dictionary position (read-only). */
    Map<String, Integer> dictionary() {
        return java.util.Collections.unmodifiableMap(dictionary);
    }

    private static <T> T field(Class<?> owner, Object o, String name, Class<T> type) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return type.cast(f.get(o));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + owner.getSimpleName() + "." + name + " (another Weka "
                    + "version?): " + e, e);
        }
    }

    /**
     * The instance the model's filters give for one row.
     *
     * @param features the row's numeric features, scaled as the model reads them
     * @param terms    the row's text
     */
    Instance vectorize(double[] features, TextTerms terms) {
        if (features.length != numFeatures) {
            throw new IllegalArgumentException(features.length + " feature values, expected " + numFeatures);
        }
        // dictionary positions with their counts, sorted by position (Weka's TreeMap order)
        long[] found;
        int k = 0;
        int[] indexPositions = terms.index().positions(this);
        if (indexPositions != null) {
            int[] idCounts = terms.indexedCounts();
            found = new long[idCounts.length / 2];
            for (int i = 0; i < idCounts.length; i += 2) {
                int d = indexPositions[idCounts[i]];
                if (d >= 0) {
                    found[k++] = ((long) d << 32) | idCounts[i + 1];
                }
            }
        } else {
            Map<String, int[]> counts = terms.counts(maxN, lowerCase);
            found = new long[counts.size()];
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                Integer d = dictionary.get(e.getKey());
                if (d != null) {
                    found[k++] = ((long) d << 32) | e.getValue()[0];
                }
            }
        }
        Arrays.sort(found, 0, k);
        double[] val = new double[k];
        int kk = 0;
        for (int i = 0; i < k; i++) {
            double v = wordCounts ? (double) (int) found[i] : 1;
            if (tf) {
                v = Math.log(v + 1);
            }
            if (idf != null) {
                v = v * idf[(int) (found[i] >>> 32)];
            }
            if (v != 0) { // the vectorizer's SparseInstance drops zeros (a term in every training document)
                found[kk] = found[i];
                val[kk++] = v;
            }
        }
        k = kk;
        if (normalize) {
            double docLength = 0;
            for (int i = 0; i < k; i++) {
                docLength += val[i] * val[i];
            }
            docLength = Math.sqrt(docLength);
            for (int i = 0; i < k; i++) {
                val[i] = val[i] * avgDocLength / docLength;
            }
        }
        // the vectorizer's entries: non-zero features, the missing class, the non-zero terms
        int[] idx = new int[numFeatures + 1 + k];
        double[] vals = new double[idx.length];
        int n = 0;
        for (int a = 0; a < numFeatures; a++) {
            if (features[a] != 0.0) {
                idx[n] = a;
                vals[n++] = features[a];
            }
        }
        idx[n] = numFeatures;
        vals[n++] = weka.core.Utils.missingValue();
        for (int i = 0; i < k; i++) {
            if (val[i] != 0) { // normalisation removes a value that underflows to 0
                idx[n] = offset + (int) (found[i] >>> 32);
                vals[n++] = val[i];
            }
        }
        if (kept != null) { // Remove: kept attributes renumbered, zero values dropped
            int m = 0;
            for (int j = 0; j < n; j++) {
                int a = kept[idx[j]];
                if (a >= 0 && vals[j] != 0) {
                    idx[m] = a;
                    vals[m++] = vals[j];
                }
            }
            n = m;
        }
        if (termScale != null) {
            n = Fitting.scaleTerms(idx, vals, n, termScale);
        }
        SparseInstance inst = new SparseInstance(1.0, Arrays.copyOf(vals, n), Arrays.copyOf(idx, n),
                format.numAttributes());
        inst.setDataset(format);
        return inst;
    }
}
