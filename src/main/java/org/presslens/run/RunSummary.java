package org.presslens.run;

import org.presslens.analysis.StageTimes;
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
 * @param wallSeconds    elapsed time of the whole run, the report-side stages included
 * @param stages         the time of each stage
 */
public record RunSummary(Path folder, long inputsSeen, long articles, long skipped, Map<String, Long> skippedByKind,
                         long duplicates, double wallSeconds, Stages stages) {
    /**
     * The time of each stage of a run.
     *
     * @param articlesWall wall seconds of the per-article phase (reading, cleaning, features and models on the worker
     *                     threads, and writing the tables), from the start of the run
     * @param readClean    thread seconds of reading and cleaning, summed over threads (see {@link StageTimes})
     * @param features     thread seconds of text analysis and the feature extractors, summed over threads
     * @param models       thread seconds of applying the label models, summed over threads
     * @param report       wall seconds of the report-side stages, or null when they did not run
     */
    public record Stages(double articlesWall, double readClean, double features, double models,
                         AnalyzeRun.ReportStages report) {
    }
}
