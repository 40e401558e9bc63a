package org.presslens.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.core.CsvCells;
import org.presslens.core.CsvOut;
import org.presslens.core.Numbers;

/**
 * Writes a {@link Comparison} as {@code outlets.csv}, {@code tests.csv}, {@code keyness.csv} and (when
 * dates exist) {@code timeseries.csv} into a run folder: {@link CsvOut} files, numbers from {@link Numbers}.
 * Each file is written to a temporary name and moved into place.
 */
public final class StatsWriter {

    private StatsWriter() {
    }

    /** Writes the four tables with text cells in the run's mode; returns the files written. */
    public static List<Path> write(Comparison c, Path dir, CsvCells cells) {
        List<Path> out = new ArrayList<>();
        out.add(write(dir.resolve("outlets.csv"), cells, List.of("outlet", "articles", "status", "kind", "measure", "label",
                "n", "mean", "median", "sd", "ci_low", "ci_high", "count"), p -> {
            for (OutletRow r : c.outlets()) {
                p.row(r.outlet(), r.articles(), r.status(), r.kind(), r.measure(), r.label(), r.n(),
                        f(r.mean()), f(r.median()), f(r.sd()), f(r.ciLow()), f(r.ciHigh()),
                        r.count() < 0 ? "" : Integer.toString(r.count()));
            }
        }));
        out.add(write(dir.resolve("tests.csv"), cells, List.of("test", "measure", "group_a", "group_b", "n_a", "n_b",
                "statistic", "df", "p", "p_holm", "effect", "effect_size", "note"), p -> {
            for (TestRow r : c.tests()) {
                p.row(r.test(), r.measure(), r.groupA(), r.groupB(), r.nA(), r.nB(), f(r.statistic()),
                        f(r.df()), f(r.p()), f(r.pHolm()), r.effectName(), f(r.effectSize()), r.note());
            }
        }));
        out.add(write(dir.resolve("keyness.csv"), cells, List.of("outlet", "lexicon", "category", "term", "target_count",
                "reference_count", "target_words", "reference_words", "g2", "p", "log_ratio", "direction"), p -> {
            for (KeynessRow r : c.keyness()) {
                p.row(r.outlet(), r.lexicon(), r.category(), r.term(), r.targetCount(), r.referenceCount(),
                        r.targetWords(), r.referenceWords(), f(r.g2()), f(r.p()), f(r.logRatio()), r.direction());
            }
        }));
        if (!c.timeseries().isEmpty()) {
            List<String> header = new ArrayList<>(List.of("outlet", "bin", "period", "period_start", "articles"));
            c.features().forEach(x -> header.add("mean." + x));
            out.add(write(dir.resolve("timeseries.csv"), cells, header, p -> {
                for (TimeRow r : c.timeseries()) {
                    List<Object> rec = new ArrayList<>(List.of(r.outlet(), c.timeBin(), r.period(),
                            r.periodStart().toString(), r.articles()));
                    for (double m : r.means()) {
                        rec.add(f(m));
                    }
                    p.row(rec);
                }
            }));
        }
        return out;
    }

    private static String f(double v) {
        return Numbers.format(v);
    }

    /** Body of a CSV file. */
    @FunctionalInterface
    public interface Rows {
        /** Prints the records. */
        void print(CsvOut printer) throws IOException;
    }

    /** Writes a CSV with a header atomically (temporary file, then move). */
    public static Path write(Path file, CsvCells cells, List<String> header, Rows rows) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (CsvOut p = CsvOut.create(tmp, cells)) {
                p.row(header);
                rows.print(p);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
