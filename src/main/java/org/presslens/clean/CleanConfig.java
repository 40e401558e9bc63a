package org.presslens.clean;

import org.presslens.core.ConfigSection;
import org.presslens.core.Settings;

/**
 * Settings of the {@code clean} section of {@code presslens.yaml}.
 *
 * @param patterns               boilerplate rule file, relative to the configuration's folder
 * @param anchorMinWords         a line of at least this many words shaped like prose (ends like a sentence or
 *                               holds a sentence break, not Title Case) is a body anchor; the body zone runs from
 *                               the first to the last anchor
 * @param titleMinWords          fewest words of a title line in the page header
 * @param titleMaxWords          most words of a title line in the page header
 * @param menuRunMinLines        this many consecutive short non-sentence lines form a menu
 * @param menuItemMaxWords       most words of one menu item
 * @param captionMinWords        inside the body, a line of at least this many words that neither ends like a
 *                               sentence nor looks like a Title Case heading is a caption or embed title
 * @param removeCaptionLikeLines whether the previous rule is applied (default false: on clean corpora it also
 *                               removes sentence-case subheadings and paragraphs missing their final stop)
 * @param htmlMinParagraphChars  HTML paragraphs shorter than this do not count when scoring content blocks
 * @param htmlSiblingRatio       siblings of the best HTML block scoring at least this share of its score are kept
 */
public record CleanConfig(String patterns, int anchorMinWords, int titleMinWords, int titleMaxWords,
                          int menuRunMinLines, int menuItemMaxWords, int captionMinWords,
                          boolean removeCaptionLikeLines, int htmlMinParagraphChars, double htmlSiblingRatio) {

    /** The defaults, identical to the shipped {@code config/presslens.yaml}. */
    public static CleanConfig defaults() {
        return new CleanConfig("boilerplate.yaml", 10, 3, 30, 3, 4, 8, false, 25, 0.2);
    }

    /** Reads the {@code clean} section; absent keys keep their defaults, unknown keys and bad values are errors. */
    public static CleanConfig from(Settings settings) {
        ConfigSection s = ConfigSection.of(settings, "clean");
        CleanConfig d = defaults();
        CleanConfig c = new CleanConfig(
                s.text("patterns", d.patterns(), "a file name"),
                positive(s, "anchorMinWords", d.anchorMinWords()),
                positive(s, "titleMinWords", d.titleMinWords()),
                positive(s, "titleMaxWords", d.titleMaxWords()),
                positive(s, "menuRunMinLines", d.menuRunMinLines()),
                positive(s, "menuItemMaxWords", d.menuItemMaxWords()),
                positive(s, "captionMinWords", d.captionMinWords()),
                s.bool("removeCaptionLikeLines", d.removeCaptionLikeLines()),
                positive(s, "htmlMinParagraphChars", d.htmlMinParagraphChars()),
                s.number("htmlSiblingRatio", d.htmlSiblingRatio(), 0, 1));
        s.checkKeys();
        if (c.titleMaxWords() < c.titleMinWords()) {
            throw s.error("titleMaxWords", c.titleMaxWords() + " is below titleMinWords " + c.titleMinWords());
        }
        return c;
    }

    private static int positive(ConfigSection s, String key, int def) {
        return s.integer(key, def, 1, Integer.MAX_VALUE);
    }
}
