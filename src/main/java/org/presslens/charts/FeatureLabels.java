package org.presslens.charts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.features.FeatureInfo;

/**
 * Names and units of feature columns on chart axes: a column's declaration ({@link FeatureInfo}, written by its
 * extractor and kept in the run's {@code features.csv}) where there is one; otherwise (prediction columns, word
 * and sentence counts, a run written before {@code features.csv}) the column name, with the unit its name says.
 */
public final class FeatureLabels {
    private FeatureLabels() {
    }

    /** The declaration of a column, or one made from its name: label = the name, unit = {@link #unit(String)}. */
    public static FeatureInfo info(String feature, Map<String, FeatureInfo> declared) {
        FeatureInfo d = declared.get(feature);
        return d != null ? d : new FeatureInfo(feature, feature, unit(feature), "");
    }

    /** Axis title: the label with its unit ({@code Hedge rate (per 1,000 words)}), the label alone without one. */
    public static String axis(FeatureInfo f) {
        return f.unit().isEmpty() || f.unit().equals(f.label()) ? f.label() : f.axis();
    }

    /** Unit of a feature, or empty when the name does not say. */
    public static String unit(String feature) {
        String f = feature.toLowerCase(Locale.ROOT);
        if (f.endsWith("_count") || f.endsWith(".count")) {
            return "count per article";
        }
        if (f.equals("words")) {
            return "words";
        }
        if (f.equals("sentences")) {
            return "sentences";
        }
        if (f.startsWith("framing.") || f.contains("per_1000") || f.contains("per_1k") || f.contains("per1000")) {
            return "per 1,000 words";
        }
        if (f.contains("share") || f.contains("ratio") || f.endsWith("_present") || f.startsWith("pred.")) {
            return "share, 0–1";
        }
        if (f.contains("count")) {
            return "count per article";
        }
        return "";
    }

    /**
     * Key features to chart: the configured ones if any, else one per family among attribution, quotes,
     * hedging and reliability, preferring names that hint at the family's headline measure.
     */
    public static List<String> keyFeatures(List<String> features, List<String> configured) {
        if (!configured.isEmpty()) {
            return configured.stream().filter(features::contains).toList();
        }
        String[][] prefs = {
                {"attribution.", "density", "per_1000", "rate"},
                {"quotes.", "share_words", "words_in_quotes", "share", "count"},
                {"hedging.", "hedge_rate", "hedges_per_1000", "hedge", "rate"},
                {"reliability.", "self_repetition", "repetition", "flesch", "readability"},
        };
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String[] p : prefs) {
            List<String> fam = features.stream().filter(f -> f.startsWith(p[0])).toList();
            if (fam.isEmpty()) {
                continue;
            }
            String pick = null;
            for (int i = 1; i < p.length && pick == null; i++) {
                String hint = p[i];
                pick = fam.stream().filter(f -> f.substring(p[0].length()).contains(hint)).findFirst().orElse(null);
            }
            out.add(pick == null ? fam.get(0) : pick);
        }
        return out;
    }
}
