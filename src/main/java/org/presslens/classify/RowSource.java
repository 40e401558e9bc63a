package org.presslens.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Produces labelled rows (features + text + raw label) from input files. The full implementation sits on
 * ingest, cleaning and the feature pipeline ({@code org.presslens.run.PipelineRowSource}).
 */
public interface RowSource {

    /**
     * The rows of the given files, in file and record order. The caller closes the stream.
     *
     * @param files      input files
     * @param labelField the field holding the label, or {@code null} when labels are not needed (prediction)
     * @param groupField the field holding the group (outlet) used by grouped cross-validation
     */
    Stream<LabelledRow> rows(List<Path> files, String labelField, String groupField);

    /** Names of the numeric features, in row order ({@code family.feature}). */
    List<String> featureNames();

    /** Hash of everything that determines the feature values (config, lexicons, names). */
    String featureSetHash();

    /**
     * Per extractor id, the hash of what determines its features ({@code FeaturePipeline#extractorHashes});
     * empty by default: models trained on the rows then bind to {@link #featureSetHash()} as a whole.
     */
    default java.util.Map<String, String> extractorHashes() {
        return java.util.Map.of();
    }

    /**
     * The record fields (JSONL/CSV fields, sidecar columns, table columns without {@code meta.}) seen by the rows
     * read so far, sorted, for messages such as a label field that no row has; empty when unknown.
     */
    default java.util.SortedSet<String> fieldsSeen() {
        return java.util.Collections.emptySortedSet();
    }
}
