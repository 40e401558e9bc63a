package org.presslens.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * Caps the skip rows of one file: the first {@link IngestConfig#maxSkipRowsPerFile()} are listed; further ones are
 * only counted by reason kind ({@link Skip#kindOf}), and {@link #summary} gives the one row that stands for them.
 */
final class SkipCap {
    /** Reason kinds counted separately in a summary; the rest are counted as {@link #OTHER}. */
    private static final int MAX_KINDS = 20;
    static final String OTHER = "other reasons";

    private final int max;
    private long rows;
    private long more;
    private final Map<String, Long> kinds = new TreeMap<>();

    SkipCap(int max) {
        this.max = max;
    }

    /** True when {@code s} is to be listed; false when it is only counted. */
    boolean admit(Skip s) {
        if (rows < max) {
            rows++;
            return true;
        }
        more++;
        String k = Skip.kindOf(s.reason());
        if (!kinds.containsKey(k) && kinds.size() >= MAX_KINDS) {
            k = OTHER;
        }
        kinds.merge(k, 1L, Long::sum);
        return false;
    }

    /** The row standing for the skips that were only counted, or null when there were none. */
    Skip summary(String source) {
        if (more == 0) {
            return null;
        }
        StringBuilder why = new StringBuilder();
        for (Map.Entry<String, Long> e : kinds.entrySet()) {
            why.append(why.isEmpty() ? "" : "; ").append(e.getKey()).append(" \u00d7 ").append(e.getValue());
        }
        return new Skip(source, "", "skip rows capped: " + more + " more record" + (more == 1 ? "" : "s")
                + " of this file skipped and not listed (at most " + max + " rows per file, "
                + "ingest.maxSkipRowsPerFile): " + why, kinds);
    }
}
