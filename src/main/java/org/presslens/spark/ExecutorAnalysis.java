package org.presslens.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyses built in this JVM, one per run key: an executor loads the models and lexicons once, not once per task
 * or article. In local mode the driver registers the analysis it already built, so the tasks (threads of the same JVM)
 * use it as it is. An executor that outlives its run (a shared cluster's) keeps the analyses of the last
 * {@link #KEEP} runs only.
 */
final class ExecutorAnalysis {
    /** Runs whose analysis an executor keeps. */
    static final int KEEP = 2;

    private static final Map<String, AnalysisRecipe.Prepared> REGISTERED = new ConcurrentHashMap<>();
    private static final Map<String, AnalysisRecipe.Prepared> BUILT = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AnalysisRecipe.Prepared> eldest) {
            return size() > KEEP;
        }
    };

    private ExecutorAnalysis() {
    }

    /** Makes {@code prepared} the analysis of run {@code key} in this JVM. */
    static void register(String key, AnalysisRecipe.Prepared prepared) {
        REGISTERED.put(key, prepared);
    }

    /** Forgets the analysis of run {@code key} (the driver, once its run ends). */
    static void forget(String key) {
        REGISTERED.remove(key);
        synchronized (BUILT) {
            BUILT.remove(key);
        }
    }

    /** The analysis of the recipe's run: the registered one, else one built on first use in this JVM. */
    static AnalysisRecipe.Prepared get(AnalysisRecipe recipe) {
        AnalysisRecipe.Prepared registered = REGISTERED.get(recipe.key());
        if (registered != null) {
            return registered;
        }
        // built under the lock: the tasks of one run that start together wait for one build instead of racing
        synchronized (BUILT) {
            return BUILT.computeIfAbsent(recipe.key(), k -> recipe.build());
        }
    }
}
