package org.presslens.run;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.presslens.analysis.ArticleAnalyzer;
import org.presslens.analysis.Outcome;
import org.presslens.analysis.StageTimes;
import org.presslens.ingest.InputItem;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.Skip;

/**
 * The default engine: the input stream is read on the calling thread and its documents analysed on N worker threads,
 * at most 32 per thread and {@link #MAX_CHARACTERS_IN_FLIGHT} characters of raw text in flight.
 */
public final class ThreadEngine implements AnalysisEngine {
    /**
     * Most characters of raw text read ahead of the output: records waiting behind a slow one are not read beyond
     * this (besides one record of any size), so that a run of large inputs does not fill the memory.
     */
    static final long MAX_CHARACTERS_IN_FLIGHT = 32_000_000;

    private final Stream<InputItem> items;
    private final int threads;

    /** An engine over {@code items} (closed by the caller) on {@code threads} worker threads. */
    public ThreadEngine(Stream<InputItem> items, int threads) {
        this.items = items;
        this.threads = threads;
    }

    @Override
    public void run(ArticleAnalyzer analyzer, StageTimes times, Consumer<Outcome> sink, ProgressListener progress) {
        Iterator<InputItem> it = timedReading(items.iterator(), times);
        new OrderedParallelMap<InputItem, Outcome>(threads, threads * 32)
                .withMaxWeight(ThreadEngine::characters, MAX_CHARACTERS_IN_FLIGHT)
                .run(it, item -> analyze(analyzer, item, times), sink,
                        (item, running) -> progress.waiting(describe(item), running.toMillis() / 1000.0));
    }

    @Override
    public Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "threads");
        m.put("threads", threads);
        return m;
    }

    private static Outcome analyze(ArticleAnalyzer analyzer, InputItem item, StageTimes times) {
        if (item instanceof Skip s) {
            return new Outcome.Rejected(s);
        }
        return analyzer.analyze((RawDocument) item, times);
    }

    /** {@code input} with the time of each {@code hasNext} and {@code next} (reading the input) added to read + clean. */
    private static Iterator<InputItem> timedReading(Iterator<InputItem> input, StageTimes times) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                long t = System.nanoTime();
                try {
                    return input.hasNext();
                } finally {
                    times.addSince(StageTimes.Stage.READ_CLEAN, t);
                }
            }

            @Override
            public InputItem next() {
                long t = System.nanoTime();
                try {
                    return input.next();
                } finally {
                    times.addSince(StageTimes.Stage.READ_CLEAN, t);
                }
            }
        };
    }

    private static long characters(InputItem item) {
        return item instanceof RawDocument d ? d.text().length() : 0;
    }

    /** An item as the progress display names it: its source and, inside a multi-record file, the record. */
    private static String describe(InputItem item) {
        return item.record().isEmpty() ? item.source() : item.source() + " " + item.record();
    }
}
