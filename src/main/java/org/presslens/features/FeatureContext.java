package org.presslens.features;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.core.ConfigSection;
import org.presslens.core.Settings;
import org.presslens.lexicon.Lexicon;

/**
 * What an extractor may read while it is built: its options ({@code features.<id>} in the configuration) and
 * lexicons by role ({@code features.lexicons.<role>}: one file or a list, relative to the configuration; a role
 * absent from the user's configuration falls back to the built-in one, so the roles allowed are those of the
 * built-in configuration). Lexicons are loaded once per role and remembered for the feature-set hash. Used during
 * pipeline construction only (single thread).
 */
public final class FeatureContext {
    private final Settings settings;
    private final Settings builtIn;
    private final ConfigSection section;
    private final ConfigSection lexiconFiles;
    private final List<Lexicon> dictionaries;
    private final Map<String, List<Lexicon>> loaded = new LinkedHashMap<>();
    /** Every role asked for, in order, repeats included: which extractor uses which lexicons. */
    private final List<String> asked = new ArrayList<>();

    /**
     * @param settings     the configuration
     * @param dictionaries extra dictionaries, LIWC-style or quanteda (from {@code features.dictionaries} and
     *                     {@code --dictionary})
     */
    public FeatureContext(Settings settings, List<Lexicon> dictionaries) {
        this.settings = settings;
        this.builtIn = Settings.builtIn();
        this.section = ConfigSection.of(settings, "features");
        this.lexiconFiles = section.child("lexicons");
        builtIn.section("features").path("lexicons").fieldNames().forEachRemaining(lexiconFiles::declare);
        lexiconFiles.checkKeys();
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
        asked.add(role);
        List<Lexicon> have = loaded.get(role);
        if (have != null) {
            return have;
        }
        JsonNode n = lexiconFiles.value(role);
        Settings from = settings;
        if (n.isMissingNode()) {
            n = builtIn.section("features").path("lexicons").path(role);
            from = builtIn;
        }
        String expected = "a lexicon file or a list of files";
        List<String> files = new ArrayList<>();
        if (n.isTextual()) {
            files.add(n.asText());
        } else if (n.isArray() && !n.isEmpty()) {
            for (JsonNode f : n) {
                if (!f.isTextual()) {
                    throw lexiconFiles.invalid(role, expected, f);
                }
                files.add(f.asText());
            }
        } else if (n.isMissingNode()) {
            throw lexiconFiles.error(role, "not configured (expected " + expected + ")");
        } else {
            throw lexiconFiles.invalid(role, expected, n);
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
            throw lexiconFiles.error(role, "expected exactly one file, found " + l.size());
        }
        return l.get(0);
    }

    /** The lexicon roles asked for so far, in order, repeats included (the pipeline's record of who uses what). */
    List<String> askedRoles() {
        return Collections.unmodifiableList(asked);
    }

    /** Every lexicon loaded so far, by role (for hashes and provenance). */
    public Map<String, List<Lexicon>> loadedLexicons() {
        return Collections.unmodifiableMap(loaded);
    }

    /** The options of one extractor ({@code features.<id>}), checked against the keys it knows. */
    public ConfigSection options(String extractorId, Set<String> knownKeys) {
        ConfigSection o = section.child(extractorId).declare(knownKeys);
        o.checkKeys();
        return o;
    }
}
