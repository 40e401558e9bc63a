package org.presslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.testing.CliRuns;
import org.presslens.testing.HostileCorpus;

/**
 * The hostile corpus (oversized records, damaged encodings, special files, pathological texts) through the Spark
 * engine: the run succeeds and every per-article file, skip rows included, equals the default engine's.
 */
class SparkHostileCorpusTest {
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void hostileInputsGiveTheDefaultEnginesRows(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        HostileCorpus.write(corpus, 150, 20261201L);
        Path config = Files.writeString(tmp.resolve("hostile.yaml"), HostileCorpus.CONFIG);
        Path threads = tmp.resolve("threads");
        Path spark = tmp.resolve("spark");
        CliRuns.run(0, "analyze", corpus.toString(), "--out", threads.toString(), "--config", config.toString(),
                "--no-models", "--no-report");
        System.setProperty(SparkEngine.SLICE_BYTES_KEY, "65536");
        try {
            CliRuns.run(0, "analyze", corpus.toString(), "--out", spark.toString(), "--config", config.toString(),
                    "--no-models", "--no-report", "--engine", "spark", "--master", "local[2]");
        } finally {
            System.clearProperty(SparkEngine.SLICE_BYTES_KEY);
        }
        for (String f : List.of("articles.csv", "attributions.csv", "quotes.csv", "terms.csv", "skipped.csv")) {
            assertEquals(Files.readString(threads.resolve(f)), Files.readString(spark.resolve(f)), f);
        }
        assertTrue(Files.readAllLines(spark.resolve("skipped.csv")).size() > 50, "the hostile inputs are skip rows");
    }
}
