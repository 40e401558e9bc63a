package org.presslens.ingest;

import java.util.Map;

/** What a format reader yields for one record, before {@link CorpusReader} assigns ids and merges sidecars. */
sealed interface Produced {
    /** Where in the file ({@code "line 3"}, {@code "record 2"}) or empty for the whole file. */
    String record();

    /**
     * A readable record.
     *
     * @param ownId     the record's own id, or empty
     * @param defaultId the id to use when it has none
     * @param fallback  true when (part of) its text was decoded as windows-1252
     */
    record Doc(String record, String ownId, String defaultId, TextKind kind, String text, Map<String, String> fields,
               boolean fallback) implements Produced {
    }

    /** A record or file that cannot be used. */
    record Bad(String record, String reason) implements Produced {
    }
}
