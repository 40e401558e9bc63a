package org.presslens.run;

import org.presslens.analysis.Outcome;
import org.presslens.core.Numbers;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.presslens.core.Article;
import org.presslens.core.CsvCells;
import org.presslens.core.CsvOut;

/**
 * Writes {@code articles.csv}: fixed columns, feature columns, {@code meta.<field>} columns for every
 * other record field, then prediction columns. Which metadata fields exist is known only at the end of a
 * stream, so rows go to a spool file first (metadata as JSON) and {@link #finish()} writes the final table
 * in one streaming pass.
 */
final class ArticleTableWriter implements Closeable {
    static final List<String> FIXED = List.of("id", "source", "outlet", "date", "title", "byline", "words",
            "sentences");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path spool;
    private final Path target;
    private final List<String> featureNames;
    private final List<String> predictionColumns;
    private final Set<String> metaKeys = new LinkedHashSet<>();
    private final CSVPrinter out;
    private final CsvCells cells;

    ArticleTableWriter(Path target, List<String> featureNames, List<String> predictionColumns, CsvCells cells)
            throws IOException {
        this.target = target;
        this.cells = cells;
        this.spool = target.resolveSibling(target.getFileName() + ".spool");
        this.featureNames = List.copyOf(featureNames);
        this.predictionColumns = List.copyOf(predictionColumns);
        this.out = new CSVPrinter(Files.newBufferedWriter(spool, StandardCharsets.UTF_8), CSVFormat.RFC4180);
    }

    void write(Outcome.Analysed a) throws IOException {
        Article art = a.article();
        List<String> row = new ArrayList<>(FIXED.size() + featureNames.size() + predictionColumns.size() + 1);
        row.add(art.id());
        row.add(art.source() + (art.record().isEmpty() ? "" : " " + art.record()));
        row.add(art.outlet());
        row.add(art.date());
        row.add(art.title());
        row.add(art.byline());
        row.add(Integer.toString(a.words()));
        row.add(Integer.toString(a.sentences()));
        for (double v : a.features()) {
            row.add(Double.isFinite(v) ? Numbers.format(v) : "");
        }
        row.addAll(a.predictions());
        metaKeys.addAll(art.metadata().keySet());
        row.add(JSON.writeValueAsString(art.metadata()));
        out.printRecord(row);
    }

    /** Writes the final table from the spool and deletes the spool. */
    void finish() throws IOException {
        out.close();
        List<String> header = new ArrayList<>(FIXED);
        header.addAll(featureNames);
        for (String k : metaKeys) {
            header.add("meta." + k);
        }
        header.addAll(predictionColumns);
        int fixedAndFeatures = FIXED.size() + featureNames.size();
        try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(in);
             CsvOut csv = CsvOut.create(target, cells)) {
            csv.row(header);
            List<String> row = new ArrayList<>(header.size());
            for (CSVRecord r : parser) {
                row.clear();
                for (int i = 0; i < fixedAndFeatures; i++) {
                    row.add(r.get(i));
                }
                Map<String, String> meta = JSON.readValue(r.get(r.size() - 1), new TypeReference<LinkedHashMap<String, String>>() {
                });
                for (String k : metaKeys) {
                    row.add(meta.getOrDefault(k, ""));
                }
                for (int i = fixedAndFeatures; i < r.size() - 1; i++) {
                    row.add(r.get(i));
                }
                csv.row(row);
            }
        }
        Files.delete(spool);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
