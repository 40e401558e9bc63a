package org.presslens.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a label field holds: one class per row (single-label) or a set of labels per row (multi-label,
 * learned by binary relevance: one yes/no model per label).
 *
 * @param multiLabel whether rows carry label sets
 * @param labels     the allowed classes (single-label) or the label set (multi-label), sorted
 * @param delimiter  separator of multi-label values written as plain text (a JSON array is always accepted)
 */
public record LabelScheme(boolean multiLabel, List<String> labels, String delimiter) {
    /** The default multi-label delimiter. */
    public static final String DEFAULT_DELIMITER = ";";
    private static final ObjectMapper JSON = new ObjectMapper();

    public LabelScheme {
        labels = List.copyOf(new TreeSet<>(labels));
        delimiter = delimiter == null || delimiter.isEmpty() ? DEFAULT_DELIMITER : delimiter;
    }

    /** True when the raw value is missing or blank: the row has no label. */
    public static boolean isUnlabelled(String raw) {
        return raw == null || raw.isBlank();
    }

    /** True when the raw value is written as a multi-label value (a JSON array, or holds the delimiter). */
    public static boolean looksMultiLabel(String raw, String delimiter) {
        if (isUnlabelled(raw)) {
            return false;
        }
        String t = raw.strip();
        return t.startsWith("[") || t.contains(delimiter == null ? DEFAULT_DELIMITER : delimiter);
    }

    /**
     * Splits a raw label into its values, stripped, in input order, without checking them against
     * {@link #labels()}. A JSON array is parsed as such; otherwise a multi-label value is split at the
     * delimiter and a single-label value is taken whole. Blank parts are kept (as empty strings) so that the
     * caller can report them.
     *
     * @throws IllegalArgumentException when a value starting with {@code [} is not a JSON array of strings
     */
    public static List<String> split(String raw, boolean multiLabel, String delimiter) {
        Objects.requireNonNull(raw, "raw");
        String t = raw.strip();
        List<String> out = new ArrayList<>();
        if (multiLabel && t.startsWith("[")) {
            JsonNode node;
            try {
                node = JSON.readTree(t);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not a JSON array: " + t);
            }
            if (node == null || !node.isArray()) {
                throw new IllegalArgumentException("not a JSON array: " + t);
            }
            for (JsonNode v : node) {
                if (!v.isValueNode()) {
                    throw new IllegalArgumentException("not a JSON array of strings: " + t);
                }
                out.add(v.asText().strip());
            }
            return out;
        }
        if (multiLabel) {
            for (String part : t.split(Pattern.quote(delimiter), -1)) {
                out.add(part.strip());
            }
            return out;
        }
        out.add(t);
        return out;
    }

    /** Splits a raw label with this scheme's kind and delimiter (see {@link #split(String, boolean, String)}). */
    public List<String> split(String raw) {
        return split(raw, multiLabel, delimiter);
    }

    /** {@code "single-label"} or {@code "multi-label"}. */
    public String kind() {
        return multiLabel ? "multi-label" : "single-label";
    }
}
