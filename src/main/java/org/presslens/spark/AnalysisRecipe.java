package org.presslens.spark;

import java.io.Serializable;
import java.util.List;
import org.presslens.analysis.ArticleAnalyzer;
import org.presslens.ingest.CorpusReader;
import org.presslens.ingest.InputRoot;

/**
 * How an executor builds the analysis of a run (configuration, lexicons, OpenNLP and Weka models) and finds its
 * inputs: sent with every task, built once per executor JVM ({@link ExecutorAnalysis}). Paths in it must name the
 * same files on the driver and on every executor.
 */
public interface AnalysisRecipe extends Serializable {
    /** Identifies the run: executors build one analysis per key. */
    String key();

    /** Builds the reader, inputs and per-article analysis (loading models and lexicons). */
    Prepared build();

    /**
     * A built analysis.
     *
     * @param reader   reads the inputs (and their slices)
     * @param roots    the inputs of the run
     * @param analyzer the per-article analysis
     */
    record Prepared(CorpusReader reader, List<InputRoot> roots, ArticleAnalyzer analyzer) {
    }
}
