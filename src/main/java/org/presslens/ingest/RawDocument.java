package org.presslens.ingest;

import java.util.Map;

/**
 * One record read from an input, before cleaning.
 *
 * @param source the input file
 * @param record where in the file ({@code "line 12"}), or empty for a whole file
 * @param id     the record's own id, or empty when the format has none
 * @param kind   plain text or HTML
 * @param text   the raw text (or HTML)
 * @param fields metadata under canonical keys ({@code outlet, date, url, title, authors}) plus every other
 *               field of the record under its own name (labels among them), in input order
 */
public record RawDocument(String source, String record, String id, TextKind kind, String text,
                          Map<String, String> fields) implements InputItem {
    public RawDocument {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
