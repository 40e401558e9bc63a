package org.presslens.charts;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.presslens.core.Settings;

/**
 * The names of chart files ({@code charts/<name>.png}, {@code .svg}, {@code .csv}). Names built from a feature
 * or model name use its ASCII slug; names built from an outlet name add a short hash of the exact name, because
 * outlet names are free text: {@code 新华社}, {@code الجزيرة} and {@code Спутник} have no ASCII slug, {@code a/b} and
 * {@code a b} share one.
 */
public final class ChartNames {
    private static final int MAX_SLUG = 60;
    private static final int HASH_HEX = 8;

    private ChartNames() {
    }

    /** Lower-case ASCII letters and digits, other runs as {@code -}, at most 60 characters; {@code x} when empty. */
    public static String slug(String s) {
        String x = asciiSlug(s);
        return x.isEmpty() ? "x" : x;
    }

    /** {@code prefix-slug}: the chart of one feature or model. */
    public static String of(String prefix, String name) {
        return prefix + "-" + slug(name);
    }

    /**
     * {@code prefix-slug-hash}: the chart of one outlet, where hash is the first 8 hex digits of the SHA-256 of the
     * outlet name's UTF-8 bytes (the slug keeps letters without their accents and is left out when empty), so that
     * different outlets get different files and an outlet gets the same file on every run.
     */
    public static String ofOutlet(String prefix, String outlet) {
        String slug = asciiSlug(Normalizer.normalize(outlet, Normalizer.Form.NFKD).replaceAll("\\p{M}+", ""))
                .replaceAll("-+$", "");
        String hash = Settings.sha256(outlet.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_HEX);
        return prefix + "-" + (slug.isEmpty() ? "" : slug + "-") + hash;
    }

    private static String asciiSlug(String s) {
        String x = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return x.length() > MAX_SLUG ? x.substring(0, MAX_SLUG) : x;
    }
}
