package org.presslens.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.presslens.core.Article;
import org.presslens.lexicon.Lexicon;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.AnalyzedText;

/**
 * User dictionaries (LIWC-style {@code .dic} or quanteda YAML, given with {@code --dictionary} or
 * {@code features.dictionaries}): feature {@code dic.<dictionary>.<category>} = matches per 1,000 words (default),
 * percent of words (as LIWC reports them: {@code features.dictionary_unit: percent} or
 * {@code --dictionary-percent}) or the plain count ({@code count}, as quanteda's {@code dfm_lookup}). Every match
 * is an evidence row of {@code terms.csv} with the dictionary's name as its lexicon.
 */
public final class DictionaryExtractor implements FeatureExtractor {
    public static final String ID = "dic";

    /** How a category's matches become its feature value. */
    public enum Unit {
        /** matches × 1000 / words (the unit of every other presslens rate) */
        PER_1000_WORDS("per_1000_words"),
        /** matches × 100 / words, as LIWC reports categories */
        PERCENT("percent"),
        /** the number of matches, as quanteda's dfm_lookup counts them */
        COUNT("count");

        private final String key;

        Unit(String key) {
            this.key = key;
        }

        /** The unit of the values as {@link FeatureInfo} names it. */
        public String declared() {
            return switch (this) {
                case PER_1000_WORDS -> FeatureInfo.PER_1000_WORDS;
                case PERCENT -> FeatureInfo.PERCENT_OF_WORDS;
                case COUNT -> FeatureInfo.COUNT;
            };
        }

        /** The configuration value ({@code per_1000_words}, {@code percent}, {@code count}). */
        public String key() {
            return key;
        }

        /** The unit of a configuration value (lower case). */
        public static Unit of(String key) {
            for (Unit u : values()) {
                if (u.key.equals(key.toLowerCase(Locale.ROOT))) {
                    return u;
                }
            }
            throw new IllegalArgumentException("unknown dictionary unit '" + key + "'");
        }

        /** Every configuration value. */
        public static List<String> keys() {
            return List.of(PER_1000_WORDS.key, PERCENT.key, COUNT.key);
        }

        double value(double count, int words) {
            return switch (this) {
                case PER_1000_WORDS -> Rates.per1000(count, words);
                case PERCENT -> words == 0 ? 0.0 : count * 100.0 / words;
                case COUNT -> count;
            };
        }
    }

    private final List<Lexicon> dictionaries;
    private final List<FeatureInfo> features;
    private final Unit unit;

    public DictionaryExtractor(FeatureContext ctx, Unit unit) {
        this(ctx.dictionaries(), unit);
    }

    /** Per 1,000 words. */
    public DictionaryExtractor(List<Lexicon> dictionaries) {
        this(dictionaries, Unit.PER_1000_WORDS);
    }

    public DictionaryExtractor(List<Lexicon> dictionaries, Unit unit) {
        this.dictionaries = List.copyOf(dictionaries);
        this.unit = unit;
        List<FeatureInfo> f = new ArrayList<>();
        String how = switch (unit) {
            case PER_1000_WORDS -> " × 1000 / words";
            case PERCENT -> " × 100 / words";
            case COUNT -> "";
        };
        for (Lexicon d : dictionaries) {
            for (String c : d.categories()) {
                f.add(new FeatureInfo(d.name() + "." + c, d.name() + ": " + c, unit.declared(),
                        "matches of category " + c + " of dictionary " + d.name() + how));
            }
        }
        this.features = List.copyOf(f);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<FeatureInfo> features() {
        return features;
    }

    /** The unit of the values. */
    public Unit unit() {
        return unit;
    }

    /** Empty for the default unit (so that the hashes of earlier runs and models stay), else {@code unit=...}. */
    @Override
    public String configDigest() {
        return unit == Unit.PER_1000_WORDS ? "" : "unit=" + unit.key();
    }

    @Override
    public Extraction extract(Article article, AnalyzedText text) {
        double[] v = new double[features.size()];
        List<Evidence> evidence = new ArrayList<>();
        int base = 0;
        int words = text.wordCount();
        for (Lexicon d : dictionaries) {
            List<String> cats = d.categories();
            double[] counts = new double[cats.size()];
            for (LexiconMatch m : d.find(text)) {
                counts[cats.indexOf(m.category())]++;
                evidence.add(Evidence.Term.of(d.name(), m, text.body()));
            }
            for (int i = 0; i < counts.length; i++) {
                v[base + i] = unit.value(counts[i], words);
            }
            base += cats.size();
        }
        return new Extraction(v, evidence);
    }
}
