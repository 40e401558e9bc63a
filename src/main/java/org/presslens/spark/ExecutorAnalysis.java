package org.presslens.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyses built in this JVM, one per run key: an executor loads the models and lexicons once, not once per task
 * or article. In local mode the driver registers the analysis it already built, so the tasks (threads of the same JVM)
 * use it as it is.
 */
final class ExecutorAnalysis {
    private static final Map<String, AnalysisRecipe.Prepared> BUILT = new ConcurrentHashMap<>();

    private ExecutorAnalysis() {
    }

    /** Makes {@code prepared} the analysis of run {@code key} in this JVM. */
    static void register(String key, AnalysisRecipe.Prepared prepared) {
        BUILT.put(key, prepared);
    }

    /** Forgets the analysis of run {@code key} (the driver, once its run ends). */
    static void forget(String key) {
        BUILT.remove(key);
    }

    /** The analysis of the recipe's run, built on first use in this JVM. */
    static AnalysisRecipe.Prepared get(AnalysisRecipe recipe) {
        return BUILT.computeIfAbsent(recipe.key(), k -> recipe.build());
    }
}
