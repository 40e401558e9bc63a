package org.presslens.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.presslens.core.SharedData;

/**
 * Throughput of {@link CorpusReader} alone (no cleaning) on a corpus: prints articles/s, MB/s (compressed file size)
 * and peak heap; with {@code metadata} also MetadataExtractor on each document. Not a unit test; run with
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.presslens.ingest.ReaderBenchmark [FILE] [ROUNDS] [metadata]}.
 */
public final class ReaderBenchmark {
    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : SharedData.require("datasets/allsides-mbfc/articles.jsonl.gz");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean withMetadata = args.length > 2 && args[2].equals("metadata");
        CorpusReader reader = new CorpusReader(IngestConfig.defaults());
        org.presslens.metadata.MetadataExtractor extractor = new org.presslens.metadata.MetadataExtractor(
                org.presslens.metadata.OutletRules.load(org.presslens.core.Settings.builtIn()));
        long outlets = 0;
        double mb = Files.size(file) / 1e6;
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            long docs = 0;
            long skips = 0;
            long chars = 0;
            try (Stream<InputItem> s = reader.read(List.of(InputRoot.of(file)))) {
                for (InputItem i : (Iterable<InputItem>) s::iterator) {
                    if (i instanceof RawDocument d) {
                        docs++;
                        chars += d.text().length();
                        if (withMetadata) {
                            // metadata detection on the raw lines (a stand-in for the cleaner's input lines)
                            List<String> lines = d.text().lines().filter(l -> !l.isBlank()).toList();
                            org.presslens.metadata.Metadata m = extractor.detect(d,
                                    new org.presslens.clean.CleanedText("", lines, List.of(), java.util.Map.of()));
                            if (!m.outlet().isEmpty()) {
                                outlets++;
                            }
                        }
                    } else {
                        skips++;
                    }
                }
            }
            double sec = (System.nanoTime() - t0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    peak += p.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT,
                    (withMetadata ? "read+metadata " : "read ") + "round %d: %d documents, %d skips, %.1f M chars in %.2f s: %.0f articles/s, %.1f MB/s (file), "
                            + "peak heap %.0f MiB%n",
                    r, docs, skips, chars / 1e6, sec, docs / sec, mb / sec, peak / 1048576.0);
        }
    }
}
