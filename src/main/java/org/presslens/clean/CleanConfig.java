package org.presslens.clean;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.presslens.core.ConfigException;
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

    private static final List<String> KEYS = List.of("patterns", "anchorMinWords", "titleMinWords",
            "titleMaxWords", "menuRunMinLines", "menuItemMaxWords", "captionMinWords", "removeCaptionLikeLines",
            "htmlMinParagraphChars", "htmlSiblingRatio");

    public CleanConfig {
        if (patterns == null || patterns.isBlank()) {
            throw new ConfigException("clean.patterns: expected a file name, got '" + patterns + "'");
        }
        positive("anchorMinWords", anchorMinWords);
        positive("titleMinWords", titleMinWords);
        positive("titleMaxWords", titleMaxWords);
        positive("menuRunMinLines", menuRunMinLines);
        positive("menuItemMaxWords", menuItemMaxWords);
        positive("captionMinWords", captionMinWords);
        positive("htmlMinParagraphChars", htmlMinParagraphChars);
        if (titleMaxWords < titleMinWords) {
            throw new ConfigException("clean.titleMaxWords: " + titleMaxWords + " is below titleMinWords "
                    + titleMinWords);
        }
        if (!(htmlSiblingRatio >= 0 && htmlSiblingRatio <= 1)) {
            throw new ConfigException("clean.htmlSiblingRatio: expected a number in [0, 1], got " + htmlSiblingRatio);
        }
    }

    /** The defaults, identical to the shipped {@code config/presslens.yaml}. */
    public static CleanConfig defaults() {
        return new CleanConfig("boilerplate.yaml", 10, 3, 30, 3, 4, 8, false, 25, 0.2);
    }

    /** Reads the {@code clean} section; absent keys keep their defaults, unknown keys are errors. */
    public static CleanConfig from(Settings settings) {
        JsonNode n = settings.section("clean");
        CleanConfig d = defaults();
        if (n.isMissingNode() || n.isNull()) {
            return d;
        }
        String where = settings.name() + ": section 'clean'";
        if (!n.isObject()) {
            throw new ConfigException(where + ": expected a mapping of keys " + KEYS);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            String k = it.next().getKey();
            if (!KEYS.contains(k)) {
                throw new ConfigException(where + ": unknown key '" + k + "', expected one of " + KEYS);
            }
        }
        try {
            return new CleanConfig(
                    text(n, "patterns", d.patterns(), where),
                    integer(n, "anchorMinWords", d.anchorMinWords(), where),
                    integer(n, "titleMinWords", d.titleMinWords(), where),
                    integer(n, "titleMaxWords", d.titleMaxWords(), where),
                    integer(n, "menuRunMinLines", d.menuRunMinLines(), where),
                    integer(n, "menuItemMaxWords", d.menuItemMaxWords(), where),
                    integer(n, "captionMinWords", d.captionMinWords(), where),
                    bool(n, "removeCaptionLikeLines", d.removeCaptionLikeLines(), where),
                    integer(n, "htmlMinParagraphChars", d.htmlMinParagraphChars(), where),
                    number(n, "htmlSiblingRatio", d.htmlSiblingRatio(), where));
        } catch (ConfigException e) {
            if (e.getMessage().startsWith(settings.name())) {
                throw e;
            }
            throw new ConfigException(settings.name() + ": " + e.getMessage(), e);
        }
    }

    private static void positive(String key, int v) {
        if (v < 1) {
            throw new ConfigException("clean." + key + ": expected a positive integer, got " + v);
        }
    }

    private static String text(JsonNode n, String key, String def, String where) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return def;
        }
        if (!v.isTextual()) {
            throw new ConfigException(where + ": key '" + key + "': expected a file name, got " + v);
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String key, int def, String where) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return def;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new ConfigException(where + ": key '" + key + "': expected an integer, got " + v);
        }
        return v.asInt();
    }

    private static double number(JsonNode n, String key, double def, String where) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return def;
        }
        if (!v.isNumber()) {
            throw new ConfigException(where + ": key '" + key + "': expected a number, got " + v);
        }
        return v.asDouble();
    }

    private static boolean bool(JsonNode n, String key, boolean def, String where) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return def;
        }
        if (!v.isBoolean()) {
            throw new ConfigException(where + ": key '" + key + "': expected true or false, got " + v);
        }
        return v.asBoolean();
    }
}
