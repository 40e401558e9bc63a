package org.presslens.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;

/**
 * Settings of the {@code analyze} section of {@code presslens.yaml}: which texts one analysis takes on, and for how
 * long.
 *
 * @param minWords         articles whose cleaned body has fewer words are skipped ({@code min_words})
 * @param maxCharacters    a text longer than this many characters (a plain-text record's text, or the text extracted
 *                         from an HTML page) is skipped before cleaning ({@code max_characters}): it bounds the memory
 *                         and time one record can take
 * @param maxRecordSeconds the time budget of one record's analysis, in seconds ({@code max_record_seconds}); a record
 *                         still being analysed after it is skipped and the run goes on
 */
public record AnalyzeConfig(int minWords, int maxCharacters, int maxRecordSeconds) {
    /** Longest time budget accepted, in seconds (a day). */
    static final int MAX_SECONDS = 86_400;

    public AnalyzeConfig {
        if (minWords < 1) {
            throw new ConfigException("analyze.min_words: expected a positive integer, found " + minWords);
        }
        if (maxCharacters < 1) {
            throw new ConfigException("analyze.max_characters: expected a positive integer, found " + maxCharacters);
        }
        if (maxRecordSeconds < 1 || maxRecordSeconds > MAX_SECONDS) {
            throw new ConfigException("analyze.max_record_seconds: expected an integer from 1 to " + MAX_SECONDS
                    + ", found " + maxRecordSeconds);
        }
    }

    /** The defaults, identical to the shipped {@code config/presslens.yaml}. */
    public static AnalyzeConfig defaults() {
        return new AnalyzeConfig(25, 1_000_000, 30);
    }

    /** Reads the {@code analyze} section; absent keys keep their defaults. */
    public static AnalyzeConfig from(Settings settings) {
        JsonNode n = settings.section("analyze");
        AnalyzeConfig d = defaults();
        return new AnalyzeConfig(
                integer(settings, n, "min_words", d.minWords(), 1, Integer.MAX_VALUE),
                integer(settings, n, "max_characters", d.maxCharacters(), 1, Integer.MAX_VALUE),
                integer(settings, n, "max_record_seconds", d.maxRecordSeconds(), 1, MAX_SECONDS));
    }

    private static int integer(Settings settings, JsonNode section, String key, int def, int min, int max) {
        JsonNode v = section.path(key);
        if (v.isMissingNode()) {
            return def;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            String expected = max == Integer.MAX_VALUE ? "a positive integer" : "an integer from " + min + " to " + max;
            throw new ConfigException(settings.name() + ": analyze." + key + ": expected " + expected + ", found " + v);
        }
        return v.asInt();
    }
}
