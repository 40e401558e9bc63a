package org.presslens.run;

import java.util.Map;
import java.util.function.Consumer;
import org.presslens.analysis.ArticleAnalyzer;
import org.presslens.analysis.Outcome;
import org.presslens.analysis.StageTimes;

/**
 * Where the per-article analysis of a run executes: on worker threads of this process ({@link ThreadEngine}, the
 * default) or as a Spark job ({@code org.presslens.spark}). Either way the outcomes reach the run folder's writer in
 * input order, so that the per-article files do not depend on the engine.
 */
public interface AnalysisEngine {
    /**
     * Analyses every input item and hands each outcome to {@code sink}, in input order, on one thread.
     *
     * @param analyzer the per-article analysis
     * @param times    where the per-article stage times are added
     * @param sink     receives the outcomes in input order
     * @param progress told about items still running after a while
     */
    void run(ArticleAnalyzer analyzer, StageTimes times, Consumer<Outcome> sink, ProgressListener progress);

    /** What {@code run.json} records under {@code engine}: its name and how it ran. */
    Map<String, Object> manifest();
}
