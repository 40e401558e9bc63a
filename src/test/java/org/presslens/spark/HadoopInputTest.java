package org.presslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.testing.CliRuns;
import org.presslens.spark.fs.LocalTestFileSystem;

/**
 * Inputs named by a Hadoop file system URI are read through Hadoop's {@code FileSystem} (here a local one under the
 * scheme {@code lfs://}, as {@code hdfs://} or {@code s3a://} would be): a folder walked, a JSON Lines file cut into
 * ranges, the same per-article files as the default engine over the same local folder, sources named by the URI.
 * The default engine refuses such an input with a usage error.
 */
class HadoopInputTest {
    @TempDir
    Path tmp;

    @Test
    void aHadoopUriIsReadLikeTheLocalFolder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("corpus"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            jsonl.append("{\"outlet\": \"Outlet ").append(i % 4).append("\", \"text\": \"The minister announced on ")
                    .append("Monday that plan ").append(i).append(" would go ahead. \\u201cWe will not step back,")
                    .append("\\u201d she said. Officials said the costs could rise, and analysts suggested the project ")
                    .append("might be delayed by the courts.\"}\n");
        }
        Files.writeString(in.resolve("export.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(in.resolve("pages")).resolve("a.txt"), "The council said on Tuesday "
                + "that the bridge would reopen next month, although residents claimed the repairs were rushed and "
                + "that the council might have ignored the warnings of its own engineers.\n");
        Path local = tmp.resolve("local");
        Path hadoop = tmp.resolve("hadoop");
        String uri = "lfs://" + in.toAbsolutePath();
        CliRuns.run(0, "analyze", in.toString(), "--out", local.toString(), "--no-report", "--no-models");
        System.setProperty("spark.hadoop.fs.lfs.impl", LocalTestFileSystem.class.getName());
        System.setProperty(SparkEngine.SLICE_BYTES_KEY, "4000");
        try {
            CliRuns.run(0, "analyze", uri, "--out", hadoop.toString(), "--no-report", "--no-models", "--engine", "spark",
                    "--master", "local[2]");
        } finally {
            System.clearProperty("spark.hadoop.fs.lfs.impl");
            System.clearProperty(SparkEngine.SLICE_BYTES_KEY);
        }
        for (String f : List.of("articles.csv", "attributions.csv", "quotes.csv", "terms.csv", "skipped.csv")) {
            String viaHadoop = Files.readString(hadoop.resolve(f));
            assertEquals(Files.readString(local.resolve(f)), viaHadoop.replace(uri, in.toString()), f);
        }
        String articles = Files.readString(hadoop.resolve("articles.csv"));
        assertTrue(articles.contains(uri + "/export.jsonl"), "sources named by the URI");
        assertTrue(articles.contains(uri + "/pages/a.txt"), "the folder is walked");
        String runJson = Files.readString(hadoop.resolve("run.json"));
        assertTrue(runJson.matches("(?s).*\"partitions\" : ([3-9]|\\d\\d+).*"), runJson);

        String err = CliRuns.run(2, "analyze", uri, "--out", tmp.resolve("refused").toString());
        assertTrue(err.contains("add --engine spark"), err);
    }
}
