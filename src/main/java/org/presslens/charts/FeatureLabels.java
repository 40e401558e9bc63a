package org.presslens.charts;

import java.util.List;
import java.util.Locale;

/**
 * Readable names and units for features on chart axes. A unit is stated only when the column name says it
 * (framing family = per 1,000 words by the run-folder contract; {@code per_1000}, {@code share}, {@code count}
 * in the name); otherwise the axis says "mean of &lt;feature&gt;" and the report's methods section defines it.
 */
public final class FeatureLabels {
    private FeatureLabels() {
    }

    /** Unit of a feature, or empty when the name does not say. */
    public static String unit(String feature) {
        String f = feature.toLowerCase(Locale.ROOT);
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

    /** Axis title: the feature with its unit, e.g. {@code framing.conflict (per 1,000 words)}. */
    public static String axis(String feature) {
        String u = unit(feature);
        return u.isEmpty() ? "mean of " + feature : feature + " (" + u + ")";
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
