package org.presslens.features;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import org.presslens.lexicon.Lexicon;

/**
 * What an extractor may read while it is built: its options ({@code features.<id>} in the configuration) and
 * lexicons by role ({@code features.lexicons.<role>}: one file or a list, relative to the configuration; a role
 * absent from the user's configuration falls back to the built-in one). Lexicons are loaded once per role and
 * remembered for the feature-set hash. Used during pipeline construction only (single thread).
 */
public final class FeatureContext {
    private final Settings settings;
    private final Settings builtIn;
    private final JsonNode section;
    private final List<Lexicon> dictionaries;
    private final Map<String, List<Lexicon>> loaded = new LinkedHashMap<>();

    /**
     * @param settings     the configuration
     * @param dictionaries extra LIWC-style dictionaries (from {@code features.dictionaries} and
     *                     {@code --dictionary})
     */
    public FeatureContext(Settings settings, List<Lexicon> dictionaries) {
        this.settings = settings;
        this.builtIn = Settings.builtIn();
        this.section = settings.section("features");
        this.dictionaries = List.copyOf(dictionaries);
    }

    public Settings settings() {
        return settings;
    }

    /** The extra dictionaries, in the order given. */
    public List<Lexicon> dictionaries() {
        return dictionaries;
    }

    /** The lexicons configured for {@code role}, loaded once. */
    public List<Lexicon> lexicons(String role) {
        List<Lexicon> have = loaded.get(role);
        if (have != null) {
            return have;
        }
        JsonNode n = section.path("lexicons").path(role);
        Settings from = settings;
        if (n.isMissingNode() || n.isNull()) {
            n = builtIn.section("features").path("lexicons").path(role);
            from = builtIn;
        }
        List<String> files = new ArrayList<>();
        if (n.isTextual()) {
            files.add(n.asText());
        } else if (n.isArray()) {
            for (JsonNode f : n) {
                if (!f.isTextual()) {
                    throw new ConfigException(settings.name() + ": features.lexicons." + role
                            + ": expected file names, found " + f);
                }
                files.add(f.asText());
            }
        } else {
            throw new ConfigException(settings.name() + ": features.lexicons." + role
                    + ": expected a lexicon file or a list of files" + (n.isMissingNode() ? " (not configured)" : ", found " + n));
        }
        List<Lexicon> out = new ArrayList<>();
        for (String f : files) {
            out.add(Lexicon.fromConfig(from, f));
        }
        out = List.copyOf(out);
        loaded.put(role, out);
        return out;
    }

    /** The single lexicon configured for {@code role}. */
    public Lexicon lexicon(String role) {
        List<Lexicon> l = lexicons(role);
        if (l.size() != 1) {
            throw new ConfigException(settings.name() + ": features.lexicons." + role + ": expected exactly one file, found "
                    + l.size());
        }
        return l.get(0);
    }

    /** Every lexicon loaded so far, by role (for hashes and provenance). */
    public Map<String, List<Lexicon>> loadedLexicons() {
        return Collections.unmodifiableMap(loaded);
    }

    /** The options of one extractor ({@code features.<id>}), checked against the keys it knows. */
    public Options options(String extractorId, Set<String> knownKeys) {
        JsonNode n = section.path(extractorId);
        String where = settings.name() + ": features." + extractorId;
        if (!n.isMissingNode() && !n.isNull()) {
            if (!n.isObject()) {
                throw new ConfigException(where + ": expected a mapping of options, found " + n);
            }
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!knownKeys.contains(k)) {
                    throw new ConfigException(where + ": unknown option '" + k + "' (expected one of "
                            + new java.util.TreeSet<>(knownKeys) + ")");
                }
            }
        }
        return new Options(n, where);
    }

    /** Typed access to one extractor's options with range checks; errors name the key and the bad value. */
    public static final class Options {
        private final JsonNode node;
        private final String where;

        Options(JsonNode node, String where) {
            this.node = node;
            this.where = where;
        }

        public double number(String key, double defaultValue, double min, double max) {
            JsonNode v = node.path(key);
            if (v.isMissingNode() || v.isNull()) {
                return defaultValue;
            }
            if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
                throw new ConfigException(where + "." + key + ": '" + v.asText() + "' is not a number in [" + min + ", "
                        + max + "]");
            }
            return v.asDouble();
        }

        public int integer(String key, int defaultValue, int min, int max) {
            JsonNode v = node.path(key);
            if (v.isMissingNode() || v.isNull()) {
                return defaultValue;
            }
            if (!v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
                throw new ConfigException(where + "." + key + ": '" + v.asText() + "' is not a whole number in [" + min
                        + ", " + max + "]");
            }
            return v.asInt();
        }
    }
}
