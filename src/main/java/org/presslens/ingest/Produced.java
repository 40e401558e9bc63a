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
     * @param encoding  the encoding its text was decoded from when not UTF-8 ({@code windows-1252} when its bytes
     *                  were not valid UTF-8, {@code UTF-16LE} ... for a file with such a byte-order mark), else empty
     * @param controls  false when its text holds no control character to remove (see {@link Decoding.Profile})
     */
    record Doc(String record, String ownId, String defaultId, TextKind kind, String text, Map<String, String> fields,
               String encoding, boolean controls) implements Produced {
    }

    /** A record or file that cannot be used. */
    record Bad(String record, String reason) implements Produced {
    }
}
