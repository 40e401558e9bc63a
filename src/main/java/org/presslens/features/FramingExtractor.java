package org.presslens.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.core.Article;
import org.presslens.core.ConfigException;
import org.presslens.lexicon.Lexicon;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.AnalyzedText;

/**
 * Framing terms: every category of every lexicon in role {@code framing} (default: the generic Semetko &amp;
 * Valkenburg pack and the great-power diplomacy pack) gives {@code <category>} (hits per 1,000 words) and
 * {@code <category>_count} (raw hits). Category names must be unique across packs. The packs are matched together
 * ({@link Lexicon#findTogether}): a term inside a longer term of any pack counts once, for the longer term.
 */
public final class FramingExtractor implements FeatureExtractor {
    public static final String ID = "framing";

    private final List<Lexicon> packs;
    private final List<String> categories;
    private final Map<String, Integer> index;

    public FramingExtractor(FeatureContext ctx) {
        this(ctx.lexicons("framing"));
        ctx.options(ID, Set.of());
    }

    public FramingExtractor(List<Lexicon> packs) {
        this.packs = List.copyOf(packs);
        Map<String, Integer> idx = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (Lexicon l : packs) {
            for (String c : l.categories()) {
                if (owner.containsKey(c)) {
                    throw new ConfigException("framing category '" + c + "' is defined by both lexicon '" + owner.get(c)
                            + "' and lexicon '" + l.name() + "' (category names must be unique across framing packs)");
                }
                owner.put(c, l.name());
                idx.put(c, idx.size());
            }
        }
        this.index = idx;
        this.categories = List.copyOf(idx.keySet());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<FeatureInfo> features() {
        List<FeatureInfo> out = new ArrayList<>();
        for (String c : categories) {
            out.add(new FeatureInfo(c, "Framing terms: " + c, FeatureInfo.PER_1000_WORDS,
                    "matches of framing category " + c + " × 1000 / words"));
        }
        for (String c : categories) {
            out.add(new FeatureInfo(c + "_count", "Framing terms: " + c, FeatureInfo.COUNT,
                    "matches of framing category " + c));
        }
        return out;
    }

    @Override
    public Extraction extract(Article article, AnalyzedText text) {
        int n = categories.size();
        double[] counts = new double[n];
        List<Evidence> ev = new ArrayList<>();
        List<List<LexiconMatch>> found = Lexicon.findTogether(packs, text);
        for (int p = 0; p < packs.size(); p++) {
            for (LexiconMatch m : found.get(p)) {
                counts[index.get(m.category())]++;
                ev.add(Evidence.Term.of(packs.get(p).name(), m, text.body()));
            }
        }
        int words = text.wordCount();
        double[] v = new double[2 * n];
        for (int i = 0; i < n; i++) {
            v[i] = Rates.per1000(counts[i], words);
            v[n + i] = counts[i];
        }
        return new Extraction(v, ev);
    }
}
