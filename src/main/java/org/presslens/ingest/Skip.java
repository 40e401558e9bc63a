package org.presslens.ingest;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An input or record that was not analysed, with a reason a person can act on. A summary row (when one file has
 * more skips than {@link IngestConfig#maxSkipRowsPerFile()}) stands for the skips not listed: {@link #summarized()}
 * counts them by reason kind, and {@link #count()} is their number.
 *
 * @param source     the input file (or path) concerned
 * @param record     the line or record, or empty for the whole file
 * @param reason     why it was skipped, e.g. {@code "malformed JSON: Unexpected end-of-input"}
 * @param summarized for a summary row, the records it stands for by {@link #kindOf reason kind}; else empty
 */
public record Skip(String source, String record, String reason, Map<String, Long> summarized) implements InputItem {
    public Skip {
        summarized = summarized.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(summarized));
    }

    /** An ordinary skip row, standing for one record or file. */
    public Skip(String source, String record, String reason) {
        this(source, record, reason, Map.of());
    }

    /** The number of skipped records or files this row stands for: 1, or the sum of {@link #summarized()}. */
    public long count() {
        if (summarized.isEmpty()) {
            return 1;
        }
        long n = 0;
        for (long v : summarized.values()) {
            n += v;
        }
        return n;
    }

    /**
     * The kind of a skip reason for counting: the reason up to its first colon, without a leading {@code line N:} /
     * {@code record N:}, parenthesised details and digits ({@code "malformed JSON"}, {@code "empty file"}).
     */
    public static String kindOf(String reason) {
        String r = reason.replaceFirst("^(line|record) \\d+:\\s*", "").replaceAll("\\s*\\([^)]*\\)", "");
        int colon = r.indexOf(':');
        if (colon > 0) {
            r = r.substring(0, colon);
        }
        r = r.replaceAll("\\d+", "N").replaceAll("'[^']*'", "'…'").trim();
        return r.startsWith("exact duplicate of article") ? "exact duplicate" : r;
    }
}
