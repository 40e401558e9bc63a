package org.presslens.features;

import java.util.ArrayList;
import java.util.List;
import org.presslens.core.Article;
import org.presslens.lexicon.Lexicon;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.AnalyzedText;

/**
 * User dictionaries (LIWC-style {@code .dic} given with {@code --dictionary} or {@code features.dictionaries}):
 * feature {@code dic.<dictionary>.<category>} = matches per 1,000 words. Evidence rows are not written for
 * these (a general dictionary matches a large share of all words).
 */
public final class DictionaryExtractor implements FeatureExtractor {
    public static final String ID = "dic";

    private final List<Lexicon> dictionaries;
    private final List<String> names;

    public DictionaryExtractor(FeatureContext ctx) {
        this(ctx.dictionaries());
    }

    public DictionaryExtractor(List<Lexicon> dictionaries) {
        this.dictionaries = List.copyOf(dictionaries);
        List<String> n = new ArrayList<>();
        for (Lexicon d : dictionaries) {
            for (String c : d.categories()) {
                n.add(d.name() + "." + c);
            }
        }
        this.names = List.copyOf(n);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> featureNames() {
        return names;
    }

    @Override
    public Extraction extract(Article article, AnalyzedText text) {
        double[] v = new double[names.size()];
        int base = 0;
        int words = text.wordCount();
        for (Lexicon d : dictionaries) {
            List<String> cats = d.categories();
            double[] counts = new double[cats.size()];
            for (LexiconMatch m : d.find(text)) {
                counts[cats.indexOf(m.category())]++;
            }
            for (int i = 0; i < counts.length; i++) {
                v[base + i] = Rates.per1000(counts[i], words);
            }
            base += cats.size();
        }
        return new Extraction(v, List.of());
    }
}
