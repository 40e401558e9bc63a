package org.presslens.core;

import java.util.List;
import java.util.Map;

/**
 * One analysed unit: an input record after ingest, cleaning and metadata detection.
 *
 * @param id           the record's own id where the format has one, else the file name (made unique)
 * @param source       the input file the article came from, as given on the command line
 * @param record       where in the source: {@code "line 12"}, {@code "record 3"}, or empty for a whole file
 * @param outlet       canonical outlet name, or empty when neither the record nor the text states it
 * @param date         ISO date ({@code yyyy-MM-dd}) or empty
 * @param title        title or empty
 * @param byline       author names or empty
 * @param url          URL or empty
 * @param body         cleaned body: paragraphs separated by a blank line
 * @param removedLines lines removed by cleaning, in input order (the audit trail)
 * @param rawLineCount number of non-blank lines before cleaning
 * @param metadata     every other field of the record (labels among them), in input order
 */
public record Article(
        String id,
        String source,
        String record,
        String outlet,
        String date,
        String title,
        String byline,
        String url,
        String body,
        List<String> removedLines,
        int rawLineCount,
        Map<String, String> metadata) implements java.io.Serializable {

    public Article {
        removedLines = List.copyOf(removedLines);
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    /** This article without its body and removed lines (for a consumer that writes only its row and metadata). */
    public Article withoutText() {
        return new Article(id, source, record, outlet, date, title, byline, url, "", List.of(), rawLineCount, metadata);
    }

    /** This article under another id. */
    public Article withId(String newId) {
        return newId.equals(id) ? this : new Article(newId, source, record, outlet, date, title, byline, url, body,
                removedLines, rawLineCount, metadata);
    }
}
