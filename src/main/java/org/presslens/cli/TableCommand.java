package org.presslens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.presslens.core.CsvCells;
import org.presslens.core.CsvOut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code presslens table}: a feature table from a run's {@code articles.csv} without the columns that hold
 * article text (title, byline, source), so that it can be shared and kept in {@code training-data/} — and
 * read back by {@code train} as ready features.
 */
@Command(name = "table", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a shareable feature table (id, outlet, date, counts, features, labels; no article "
                + "text) from a run's articles.csv; .gz output is compressed.")
public final class TableCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARTICLES_CSV", description = "articles.csv of a run folder (or the folder)")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .csv or .csv.gz")
    Path out;

    @Option(names = "--drop", split = ",", paramLabel = "COLUMN",
            description = "Columns to leave out (default: ${DEFAULT-VALUE})")
    List<String> drop = new ArrayList<>(List.of("source", "title", "byline"));

    @Mixin
    RawCsvOption rawCsv = new RawCsvOption();

    @Override
    public Integer call() throws IOException {
        Path in = Files.isDirectory(input) ? input.resolve("articles.csv") : input;
        if (!Files.isRegularFile(in)) {
            throw new UsageException(in + ": file not found (expected a run's articles.csv)");
        }
        long rows = 0;
        CsvCells from = CsvCells.ofFile(in);
        try (Reader r = reader(in);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
             CsvOut csv = new CsvOut(writer(out), rawCsv.cells())) {
            List<String> header = parser.getHeaderNames();
            List<Integer> keep = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (!drop.contains(header.get(i))) {
                    keep.add(i);
                    names.add(header.get(i));
                }
            }
            csv.row(names);
            List<String> row = new ArrayList<>(keep.size());
            for (CSVRecord rec : parser) {
                row.clear();
                for (int i : keep) {
                    row.add(from.read(rec.get(i)));
                }
                csv.row(row);
                rows++;
            }
        }
        System.out.println("table: " + rows + " rows written to " + out);
        return 0;
    }

    private static Reader reader(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        return new InputStreamReader(p.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8);
    }

    private static Writer writer(Path p) throws IOException {
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        OutputStream o = Files.newOutputStream(p);
        return new OutputStreamWriter(p.toString().endsWith(".gz") ? new GZIPOutputStream(o, 1 << 16) : o,
                StandardCharsets.UTF_8);
    }
}
