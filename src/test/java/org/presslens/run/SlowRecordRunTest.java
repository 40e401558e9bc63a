package org.presslens.run;

import org.presslens.analysis.EndlessPredictor;
import org.presslens.analysis.CorpusAnalyzer;
import org.presslens.analysis.LabelPredictor;
import org.presslens.analysis.AnalysisSetup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.CsvCells;
import org.presslens.core.Settings;
import org.presslens.ingest.InputItem;
import org.presslens.ingest.InputRoot;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.TextKind;

/** One record that would run for ever neither stops nor silences a run: it is skipped at the budget, the others are analysed. */
class SlowRecordRunTest {
    private static final String BODY = "The council met on Tuesday to discuss the new budget for the coming year, and "
            + "members argued about roads. Several residents said the plan was unfair to families who live far away.";

    @TempDir
    Path tmp;

    private static final LabelPredictor ENDLESS_ON_FOREVER = new EndlessPredictor(a -> a.body().contains("forever"));

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theSlowRecordIsSkippedAtTheBudgetWhileProgressNamesIt() throws IOException {
        Path config = tmp.resolve("presslens.yaml");
        Files.writeString(config, "analyze:\n  max_record_seconds: 2\n");
        CorpusAnalyzer analyzer = AnalysisSetup.create(Settings.load(config), List.of(), List.of(),
                f -> ENDLESS_ON_FOREVER).analyzer();
        List<InputItem> items = List.of(doc("a", BODY), doc("b", BODY + " It could go on forever."), doc("c", BODY + " Fine."));
        Path input = Files.writeString(tmp.resolve("input.txt"), "x");
        List<String> waits = new CopyOnWriteArrayList<>();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void progress(long done, long articles, long skipped) {
            }

            @Override
            public void waiting(String item, double runningSeconds) {
                waits.add(item);
            }
        };
        RunSummary sum = new AnalyzeRun(analyzer, new AnalyzeRun.Options("test", 2, false, "test", "0",
                List.of(InputRoot.of(input)), CsvCells.NEUTRALISED))
                .run(items.stream(), RunFolder.prepare(tmp.resolve("run"), false, List.of(input)), progress, w -> { });
        assertEquals(2, sum.articles());
        assertEquals(1, sum.skipped());
        List<String> skipped = Files.readAllLines(sum.folder().resolve("skipped.csv"));
        assertEquals(List.of("source,record,reason",
                "in/b.txt,,analysis exceeded the time budget of 2 s (analyze.max_record_seconds)"), skipped);
        assertTrue(waits.contains("in/b.txt"), "progress named the record the output waited for: " + waits);
    }

    private static RawDocument doc(String name, String text) {
        return new RawDocument("in/" + name + ".txt", "", name, TextKind.PLAIN, text, Map.of());
    }

    @Test
    void noWaitingIsReportedWhenResultsAreReady() {
        List<String> waits = new CopyOnWriteArrayList<>();
        new OrderedParallelMap<Integer, Integer>(2, 4).run(Stream.of(1, 2, 3).iterator(), i -> i, x -> { },
                (item, running) -> waits.add(String.valueOf(item)));
        assertEquals(List.of(), waits);
    }
}
