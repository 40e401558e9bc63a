package org.presslens.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.presslens.core.ConfigException;
import org.presslens.core.ConfigRecord;
import org.presslens.core.ConfigSection;
import org.presslens.core.Settings;

/**
 * Settings of {@link CorpusReader}: which JSON/CSV field names carry each canonical field (first present,
 * non-empty name wins; matched case-insensitively), the limits that keep reading bounded (file, record and line
 * size, skip rows per file), the sidecar file name, and sidecar files given explicitly. Read from section
 * {@code ingest} of {@code config/presslens.yaml}.
 *
 * @param idFields          names of the record id field
 * @param outletFields      names of the outlet field (canonical key {@code outlet})
 * @param dateFields        names of the date field (canonical key {@code date})
 * @param urlFields         names of the URL field (canonical key {@code url})
 * @param titleFields       names of the title field (canonical key {@code title})
 * @param textFields        names of the article text field
 * @param authorsFields     names of the authors field (canonical key {@code authors})
 * @param maxFileMegabytes  largest .txt/.html/.json-object file read (decompressed size, MiB); larger ones are skipped
 * @param maxRecordMegabytes largest record of a streamed format (a JSONL line, a CSV record, a JSON array element),
 *                          in MiB of bytes as read; larger ones are skipped without being held in memory
 * @param maxLineCharacters longest line in the text of a plain-text document, in characters; a document with a
 *                          longer line is skipped (HTML is not checked: its lines are markup)
 * @param maxSkipRowsPerFile skip rows listed for one file; further skips of that file are counted in one summary row
 * @param sidecarName       file name of metadata sidecars found in walked directories
 * @param metadataFiles     sidecar CSV files given explicitly (not in YAML; set by the caller)
 */
public record IngestConfig(List<String> idFields, List<String> outletFields, List<String> dateFields,
                           List<String> urlFields, List<String> titleFields, List<String> textFields,
                           List<String> authorsFields, int maxFileMegabytes, int maxRecordMegabytes,
                           int maxLineCharacters, int maxSkipRowsPerFile, String sidecarName,
                           List<Path> metadataFiles) {
    /** Largest value of {@code maxFileMegabytes} and {@code maxRecordMegabytes} (what one Java array holds). */
    static final int MAX_MEGABYTES = 1024;

    public IngestConfig {
        idFields = nonEmpty("idFields", idFields);
        outletFields = nonEmpty("outletFields", outletFields);
        dateFields = nonEmpty("dateFields", dateFields);
        urlFields = nonEmpty("urlFields", urlFields);
        titleFields = nonEmpty("titleFields", titleFields);
        textFields = nonEmpty("textFields", textFields);
        authorsFields = nonEmpty("authorsFields", authorsFields);
        inRange("maxFileMegabytes", maxFileMegabytes, 1, MAX_MEGABYTES);
        inRange("maxRecordMegabytes", maxRecordMegabytes, 1, MAX_MEGABYTES);
        inRange("maxLineCharacters", maxLineCharacters, 1, Integer.MAX_VALUE);
        inRange("maxSkipRowsPerFile", maxSkipRowsPerFile, 1, Integer.MAX_VALUE);
        Objects.requireNonNull(sidecarName, "sidecarName");
        metadataFiles = metadataFiles == null ? List.of() : List.copyOf(metadataFiles);
    }

    /** The defaults documented in {@code config/presslens.yaml}. */
    public static IngestConfig defaults() {
        return new IngestConfig(List.of("id"), List.of("outlet", "source", "site", "publisher"),
                List.of("date", "published", "publish_date"), List.of("url", "link"), List.of("title", "headline"),
                List.of("text", "content", "body"), List.of("authors", "author", "byline"), 50, 16,
                1_000_000, 1000, "_metadata.csv", List.of());
    }

    /**
     * Section {@code ingest} of the settings over the defaults. Its keys are this record's components (so a new
     * component is a new key) except {@code metadataFiles}, which come from the command line; a wrong key or value
     * is a {@link ConfigException} in one line.
     */
    public static IngestConfig from(Settings settings) {
        return ConfigRecord.bind(ConfigSection.of(settings, "ingest"), IngestConfig.class, defaults(),
                Set.of("metadataFiles"));
    }

    /** This configuration with sidecar files given explicitly. */
    public IngestConfig withMetadataFiles(List<Path> files) {
        return new IngestConfig(idFields, outletFields, dateFields, urlFields, titleFields, textFields,
                authorsFields, maxFileMegabytes, maxRecordMegabytes, maxLineCharacters, maxSkipRowsPerFile,
                sidecarName, files);
    }

    /** The size limit for formats read whole, in bytes. */
    public long maxFileBytes() {
        return (long) maxFileMegabytes * 1024 * 1024;
    }

    /** The record size limit in bytes. */
    public int maxRecordBytes() {
        return maxRecordMegabytes * 1024 * 1024;
    }

    private static void inRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be " + (max == Integer.MAX_VALUE ? "at least " + min
                    : "between " + min + " and " + max) + ", got " + value);
        }
    }

    private static List<String> nonEmpty(String key, List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException(key + " must list at least one field name");
        }
        for (String n : names) {
            if (n == null || n.isBlank()) {
                throw new IllegalArgumentException(key + " contains an empty field name");
            }
        }
        return List.copyOf(names);
    }
}
