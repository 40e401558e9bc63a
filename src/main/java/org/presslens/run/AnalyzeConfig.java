package org.presslens.run;

import org.presslens.core.ConfigSection;
import org.presslens.core.Settings;

/**
 * Settings of the {@code analyze} section of the configuration.
 *
 * @param minWords articles whose cleaned body has fewer words are skipped (default 25)
 */
public record AnalyzeConfig(int minWords) {

    /** The defaults of the shipped {@code config/presslens.yaml}. */
    public static AnalyzeConfig defaults() {
        return new AnalyzeConfig(25);
    }

    /** Reads the {@code analyze} section over the defaults; unknown keys and bad values are errors naming the key. */
    public static AnalyzeConfig from(Settings settings) {
        ConfigSection s = ConfigSection.of(settings, "analyze");
        AnalyzeConfig c = new AnalyzeConfig(s.integer("min_words", defaults().minWords(), 1, Integer.MAX_VALUE));
        s.checkKeys();
        return c;
    }
}
