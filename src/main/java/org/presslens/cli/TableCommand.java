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
                + "text) from a run's articles.csv, as CSV or, for Weka, ARFF (.arff); .gz output is compressed.")
public final class TableCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARTICLES_CSV", description = "articles.csv of a run folder (or the folder)")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output .csv, .arff, or either .gz")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or arff (default: from the --out name, "
            + "csv unless it ends in .arff or .arff.gz)")
    String format;

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
        String fmt = format != null ? format.toLowerCase(java.util.Locale.ROOT)
                : out.toString().matches("(?i).*\\.arff(\\.gz)?") ? "arff" : "csv";
        if (!fmt.equals("csv") && !fmt.equals("arff")) {
            throw new UsageException("--format: '" + format + "' (expected csv or arff)");
        }
        long rows = 0;
        CsvCells from = CsvCells.ofFile(in);
        if (fmt.equals("arff")) {
            rows = writeArff(in, from);
            System.out.println("table: " + rows + " rows written to " + out + " (ARFF)");
            return 0;
        }
        try (Reader r = reader(in);
             CSVParser parser = parser(r);
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

    /** Two passes: the first finds the numeric columns, the second writes them. */
    private long writeArff(Path in, CsvCells from) throws IOException {
        List<String> names = new ArrayList<>();
        List<Integer> keep = new ArrayList<>();
        boolean[] numeric;
        try (Reader r = reader(in); CSVParser parser = parser(r)) {
            List<String> header = parser.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                if (!drop.contains(header.get(i))) {
                    keep.add(i);
                    names.add(header.get(i));
                }
            }
            numeric = new boolean[keep.size()];
            java.util.Arrays.fill(numeric, true);
            for (CSVRecord rec : parser) {
                for (int k = 0; k < keep.size(); k++) {
                    numeric[k] &= ArffTable.isNumber(from.read(rec.get(keep.get(k))));
                }
            }
        }
        long rows = 0;
        String relation = in.toAbsolutePath().normalize().getParent() == null ? "presslens"
                : "presslens " + in.toAbsolutePath().normalize().getParent().getFileName();
        try (Reader r = reader(in); CSVParser parser = parser(r); Writer w = writer(out)) {
            ArffTable arff = new ArffTable(w, relation, names, numeric);
            List<String> row = new ArrayList<>(keep.size());
            for (CSVRecord rec : parser) {
                row.clear();
                for (int i : keep) {
                    row.add(from.read(rec.get(i)));
                }
                arff.row(row);
                rows++;
            }
        }
        return rows;
    }

    private static CSVParser parser(Reader r) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
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
