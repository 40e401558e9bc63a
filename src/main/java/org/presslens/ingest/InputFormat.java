package org.presslens.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats presslens reads, recognised by file extension (each optionally followed by {@code .gz}). */
public enum InputFormat {
    /** {@code .txt}: one article as plain text. */
    TEXT,
    /** {@code .html}, {@code .htm}: one article as an HTML page. */
    HTML,
    /** {@code .json}: one article object, or an array of article objects. */
    JSON,
    /** {@code .jsonl}, {@code .ndjson}: one article object per line. */
    JSON_LINES,
    /** {@code .csv}: a header row, then one article per row. */
    CSV;

    /** What a file name says about its format: the format, whether it is gzipped, and the name without extensions. */
    public record Detected(Optional<InputFormat> format, boolean gzip, String stem, String extension) {
    }

    /** Detects the format from a file name ({@code a.jsonl.gz} → JSON_LINES, gzip, stem {@code a}). */
    public static Detected detect(String fileName) {
        String name = fileName;
        boolean gz = false;
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz") && name.length() > 3) {
            gz = true;
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return new Detected(Optional.empty(), gz, name, "");
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String stem = name.substring(0, dot);
        InputFormat f = switch (ext) {
            case "txt" -> TEXT;
            case "html", "htm" -> HTML;
            case "json" -> JSON;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "csv" -> CSV;
            default -> null;
        };
        return new Detected(Optional.ofNullable(f), gz, stem, "." + ext + (gz ? ".gz" : ""));
    }
}
