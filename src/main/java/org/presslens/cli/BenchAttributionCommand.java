package org.presslens.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.core.SharedData;
import org.presslens.core.Settings;
import org.presslens.features.FeatureContext;
import org.presslens.features.attribution.AttributionEvaluation;
import org.presslens.features.attribution.AttributionEvaluation.Counts;
import org.presslens.features.attribution.AttributionEvaluation.QuoteSet;
import org.presslens.features.attribution.PolnearGold;
import org.presslens.features.attribution.SourcingAnalyzer;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens bench attribution}: cue, source and quotation extraction against PolNeAR's gold attribution
 * relations ({@code datasets/polnear/{train,dev}.jsonl} under the shared folder), scored by
 * {@link AttributionEvaluation}; prints the figures and the analysis's speed.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Attribution cues, sources and quotes against PolNeAR gold (tune on train, report on dev).")
public final class BenchAttributionCommand implements Runnable {
    @Option(names = "--split", defaultValue = "dev", description = "train or dev (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--limit", defaultValue = "0", description = "only the first N articles (0 = all)")
    int limit;

    @Option(names = "--config", description = "configuration file (default: the built-in one)")
    Path config;

    @Option(names = "--detail", description = "also print per-cue precision, missed cues and error examples")
    boolean detail;

    @Override
    public void run() {
        if (!split.equals("train") && !split.equals("dev")) {
            throw new UsageException("--split: '" + split + "' is not one of train, dev");
        }
        Path file = SharedData.require("datasets/polnear/" + split + ".jsonl");
        Settings settings = CheckedConfig.load(config, List.of()).settings();
        SourcingAnalyzer analyzer = SourcingAnalyzer.fromContext(new FeatureContext(settings, List.of()));
        TextAnalyzer textAnalyzer = new TextAnalyzer(NlpModels.load());
        AttributionEvaluation eval = new AttributionEvaluation(detail);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] time = new long[3]; // wall nanos, CPU nanos, characters
        PolnearGold.forEach(file, limit, doc -> {
            AnalyzedText at = textAnalyzer.analyze(doc.text());
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            SourcingAnalyzer.Result res = analyzer.analyze(at);
            time[1] += threads.getCurrentThreadCpuTime() - c0;
            time[0] += System.nanoTime() - t0;
            time[2] += doc.text().length();
            eval.add(doc, res);
        });
        print(System.out, file, eval, time);
    }

    private void print(PrintStream out, Path file, AttributionEvaluation eval, long[] time) {
        long articles = eval.documents();
        out.printf(Locale.ROOT, "PolNeAR %s: %d articles (%s)%n", split, articles, file);
        out.println(line("cues (overlap)", eval.cuesOverlap()));
        out.println(line("cues (exact span)", eval.cuesExact()));
        out.println(line("sources (overlap)", eval.sourcesOverlap()));
        out.println(line("sources (exact span)", eval.sourcesExact()));
        out.println(line("cue+source pairs (overlap)", eval.pairs()));
        for (QuoteSet set : QuoteSet.values()) {
            for (int ti = 0; ti < AttributionEvaluation.THRESHOLDS.length; ti++) {
                out.println(line(String.format(Locale.ROOT, "%s @%.1f", set.label, AttributionEvaluation.THRESHOLDS[ti]),
                        eval.quotes(set, ti)));
            }
        }
        long matched = eval.speakerMatched();
        out.printf(Locale.ROOT, "speaker accuracy (direct+block rows matched @0.3: %d): mention overlaps gold source "
                        + "%.1f %%; mention overlaps or speaker's surname in gold source %.1f %%%n", matched,
                percent(eval.speakerSpanOk(), matched), percent(eval.speakerNameOk(), matched));
        out.printf(Locale.ROOT, "  of those, without a speaker: %d (%.1f %%)%n", eval.speakerMissing(),
                percent(eval.speakerMissing(), matched));
        double secs = time[0] / 1e9;
        double cpu = time[1] / 1e9;
        out.printf(Locale.ROOT, "speed (attribution + quotes analysis, after sentence/token analysis; 1 thread): "
                        + "wall %.0f articles/s, %.2f MB/s, %.3f ms/article; CPU %.3f ms/article (%.0f articles/s)%n",
                articles / secs, time[2] / 1e6 / secs, 1000 * secs / articles, 1000 * cpu / articles, articles / cpu);
        out.println("matching: one row, one gold quotation (pairs by decreasing token overlap)");
        out.println("anchors: GGT quote F1 83.7@0.3 / 76.1@0.8, speaker accuracy 86 %; citron cue F1 82.3, "
                + "source F1 82.0 (exact span, on PARC 3.0)");
        AttributionEvaluation.Diagnostics d = eval.diagnostics();
        if (d == null) {
            return;
        }
        out.println("per cue (lower-cased): predicted, overlapping a gold cue, precision");
        d.perCue.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(80)
                .forEach(e -> out.printf(Locale.ROOT, "  %-28s %5d %5d %5.1f%n", e.getKey(), e.getValue()[0],
                        e.getValue()[1], 100.0 * e.getValue()[1] / e.getValue()[0]));
        out.println("sources overlapping a gold source but not exact (first 60):");
        d.sourceMismatches.stream().limit(60).forEach(e -> out.println("  " + e));
        out.println("speaker errors (first 200):");
        d.speakerErrors.forEach(e -> out.println("  " + e));
        out.println("gold direct quotes missed, by what the finder made there: " + d.missedQuotesBy);
        out.println("gold direct quotes missed (first 60):");
        d.missedQuotes.stream().limit(60).forEach(e -> out.println("  " + e));
        out.println("direct and block rows matching no gold quotation @0.3 (first 60):");
        d.unmatchedRows.stream().limit(60).forEach(e -> out.println("  " + e));
        out.println("most frequent missed gold cues:");
        d.missedCues.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(60)
                .forEach(e -> out.printf(Locale.ROOT, "  %-28s %5d%n", e.getKey(), e.getValue()));
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static String line(String name, Counts c) {
        return String.format(Locale.ROOT, "%-44s P %5.1f  R %5.1f  F1 %5.1f   (pred %d, gold %d)", name,
                100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.predicted(), c.gold());
    }
}
