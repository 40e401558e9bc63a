package org.presslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.analysis.AnalysisSetup;
import org.presslens.analysis.ArticleAnalyzer;
import org.presslens.analysis.LabelPredictor;
import org.presslens.analysis.Outcome;
import org.presslens.analysis.StageTimes;
import org.presslens.core.CsvCells;
import org.presslens.core.Settings;
import org.presslens.features.FeatureInfo;
import org.presslens.ingest.InputRoot;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.ReadProgress;
import org.presslens.run.AnalyzeRun;
import org.presslens.run.ProgressListener;
import org.presslens.run.RunFolder;
import org.presslens.run.ThreadEngine;

/**
 * A task that fails is run again by Spark, and its rows are written once: with the first attempt of two partitions
 * failing, {@code local[2,2]} (two cores, two attempts per task) gives the default engine's per-article files.
 */
class SparkRetryTest {
    @TempDir
    Path tmp;

    /** The first attempts of partitions 1 and 3 fail (as a lost executor would), after analysing a document. */
    private static final class FailingFirstAttempts implements ArticleAnalyzer {
        private final ArticleAnalyzer inner;
        private final AtomicInteger failures = new AtomicInteger();

        FailingFirstAttempts(ArticleAnalyzer inner) {
            this.inner = inner;
        }

        @Override
        public List<FeatureInfo> features() {
            return inner.features();
        }

        @Override
        public List<String> predictionColumns() {
            return inner.predictionColumns();
        }

        @Override
        public Outcome analyze(RawDocument doc) {
            return analyze(doc, StageTimes.NONE);
        }

        @Override
        public Outcome analyze(RawDocument doc, StageTimes times) {
            Outcome o = inner.analyze(doc, times);
            TaskContext task = TaskContext.get();
            if (task != null && task.attemptNumber() == 0 && task.partitionId() % 2 == 1) {
                failures.incrementAndGet();
                throw new IllegalStateException("injected failure of partition " + task.partitionId());
            }
            return o;
        }
    }

    /** A recipe whose analysis the driver registers (local mode): it is never built on an executor here. */
    private record Registered(String key) implements AnalysisRecipe {
        @Override
        public Prepared build() {
            throw new IllegalStateException("local mode: the driver's analysis is registered");
        }
    }

    @Test
    void failedTasksAreRetriedAndTheirRowsWrittenOnce() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("corpus"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 80; i++) {
            jsonl.append("{\"outlet\": \"Outlet ").append(i % 3).append("\", \"text\": \"The minister said on Monday ")
                    .append("that plan ").append(i).append(" would go ahead, although critics suggested the costs ")
                    .append("might rise and officials said the courts could delay it by a year.\"}\n");
        }
        Files.writeString(in.resolve("export.jsonl"), jsonl.toString());
        AnalysisSetup setup = AnalysisSetup.create(Settings.builtIn(), List.of(), List.of(), f -> LabelPredictor.NONE);
        List<InputRoot> roots = List.of(InputRoot.of(in));
        AnalyzeRun.Options options = new AnalyzeRun.Options("test", 2, false, "test", "0", roots, CsvCells.NEUTRALISED);

        Path threads = tmp.resolve("threads");
        try (var items = setup.reader().read(roots)) {
            new AnalyzeRun(setup.analyzer(), options).run(new ThreadEngine(items, 2),
                    RunFolder.prepare(threads, false, List.of(in)), ProgressListener.NONE, work -> null);
        }

        FailingFirstAttempts failing = new FailingFirstAttempts(setup.analyzer());
        Path spark = tmp.resolve("spark");
        System.setProperty(SparkEngine.SLICE_BYTES_KEY, "3000");
        try (SparkEngine engine = new SparkEngine("local[2,2]")) {
            engine.analysis(new Registered("retry-test"),
                    new AnalysisRecipe.Prepared(setup.reader(), roots, failing), new ReadProgress(), false);
            new AnalyzeRun(failing, options).run(engine, RunFolder.prepare(spark, false, List.of(in)),
                    ProgressListener.NONE, work -> null);
        } finally {
            System.clearProperty(SparkEngine.SLICE_BYTES_KEY);
        }
        assertTrue(failing.failures.get() >= 2, "first attempts failed: " + failing.failures.get());
        for (String f : List.of("articles.csv", "attributions.csv", "quotes.csv", "terms.csv", "skipped.csv")) {
            assertEquals(Files.readString(threads.resolve(f)), Files.readString(spark.resolve(f)), f);
        }
        assertEquals(81, Files.readAllLines(spark.resolve("articles.csv")).size(), "80 articles, each once");
    }
}
