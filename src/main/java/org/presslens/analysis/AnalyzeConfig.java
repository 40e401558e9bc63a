package org.presslens.analysis;

import org.presslens.core.ConfigSection;
import org.presslens.core.Settings;

/**
 * Settings of the {@code analyze} section of the configuration: which texts one analysis takes on, and for how long.
 *
 * @param minWords         articles whose cleaned body has fewer words are skipped ({@code min_words}, default 25)
 * @param maxCharacters    a text longer than this many characters (a plain-text record's text, or the text extracted
 *                         from an HTML page) is skipped before cleaning ({@code max_characters}, default 1,000,000):
 *                         it bounds the memory and time one record can take
 * @param maxRecordSeconds the time budget of one record's analysis, in seconds ({@code max_record_seconds}, default
 *                         30, at most a day); a record still being analysed after it is skipped and the run goes on
 */
public record AnalyzeConfig(int minWords, int maxCharacters, int maxRecordSeconds) {
    /** Longest time budget accepted, in seconds (a day). */
    static final int MAX_SECONDS = 86_400;

    /** The defaults of the shipped {@code config/presslens.yaml}. */
    public static AnalyzeConfig defaults() {
        return new AnalyzeConfig(25, 1_000_000, 30);
    }

    /** Reads the {@code analyze} section over the defaults; unknown keys and bad values are errors naming the key. */
    public static AnalyzeConfig from(Settings settings) {
        ConfigSection s = ConfigSection.of(settings, "analyze");
        AnalyzeConfig d = defaults();
        AnalyzeConfig c = new AnalyzeConfig(
                s.integer("min_words", d.minWords(), 1, Integer.MAX_VALUE),
                s.integer("max_characters", d.maxCharacters(), 1, Integer.MAX_VALUE),
                s.integer("max_record_seconds", d.maxRecordSeconds(), 1, MAX_SECONDS));
        s.checkKeys();
        return c;
    }
}
