package org.presslens.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * Counts of a finished run, for the command line's summary.
 *
 * @param folder         the committed run folder
 * @param inputsSeen     input files seen
 * @param articles       articles analysed
 * @param skipped        records or inputs skipped, all reasons
 * @param skippedByKind  skipped counts by reason kind (duplicates included)
 * @param duplicates     exact duplicates among the skipped
 * @param wallSeconds    elapsed time
 */
public record RunSummary(Path folder, long inputsSeen, long articles, long skipped, Map<String, Long> skippedByKind,
                         long duplicates, double wallSeconds) {
}
