package org.presslens.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readable names and units for features on chart axes. A unit is stated only when the column name says it
 * (framing family = per 1,000 words by the run-folder contract; {@code per_1000}, {@code share}, {@code count}
 * in the name); otherwise the axis says "mean of &lt;feature&gt;" and the report's methods section defines it.
 */
public final class FeatureLabels {
    private FeatureLabels() {
    }

    /**
     * Units documented in the feature documentation: every Markdown table row whose first cell is a
     * backquoted feature name ({@code `hedging.hedge_rate`}, or a pattern such as
     * {@code `framing.<category>_count`}) in a table whose header has a {@code unit} column.
     */
    public static Map<String, String> unitsFromDocs(String markdown) {
        Map<String, String> units = new LinkedHashMap<>();
        if (markdown == null) {
            return units;
        }
        int unitCol = -1;
        for (String line : markdown.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("|")) {
                unitCol = -1;
                continue;
            }
            List<String> cells = java.util.Arrays.stream(t.substring(1).split("\\|", -1)).map(String::strip).toList();
            int u = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList().indexOf("unit");
            if (u >= 0 && !cells.get(0).startsWith("`")) {
                unitCol = u;
                continue;
            }
            String first = cells.get(0);
            if (unitCol >= 0 && unitCol < cells.size() && first.startsWith("`") && first.endsWith("`")
                    && first.length() > 2) {
                units.put(first.substring(1, first.length() - 1), cells.get(unitCol).replace("`", ""));
            }
        }
        return units;
    }

    /** The documented unit of a feature (exact name, else the most specific {@code <placeholder>} pattern). */
    static String documented(String feature, Map<String, String> units) {
        String exact = units.get(feature);
        if (exact != null) {
            return exact;
        }
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : units.entrySet()) {
            String k = e.getKey();
            if (k.indexOf('<') < 0) {
                continue;
            }
            String regex = java.util.Arrays.stream(k.split("<[^>]*>", -1)).map(java.util.regex.Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("[^.]+"));
            if (feature.matches(regex) && k.length() > bestLength) {
                best = e.getValue();
                bestLength = k.length();
            }
        }
        return best;
    }

    /** Unit of a feature: documented, else what the name says, else empty. */
    public static String unit(String feature, Map<String, String> units) {
        String d = documented(feature, units);
        return d != null && !d.isBlank() ? d : unit(feature);
    }

    /** Axis title with the documented unit where there is one. */
    public static String axis(String feature, Map<String, String> units) {
        String u = unit(feature, units);
        return u.isEmpty() ? "mean of " + feature : feature + " (" + u + ")";
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
