package org.presslens.features;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.presslens.core.CsvCells;
import org.presslens.core.CsvOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run folder's {@code features.csv}: one row per feature column of {@code articles.csv} with its declared
 * label, unit and definition ({@link FeatureInfo}), so that a table read without presslens still says what each
 * number is, and {@code report} labels charts from the run's own declarations.
 */
public final class FeatureCodebook {
    /** File name in the run folder. */
    public static final String FILE = "features.csv";
    private static final List<String> HEADER = List.of("feature", "label", "unit", "definition");
    private static final long MAX_BYTES = 16L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(FeatureCodebook.class);

    private FeatureCodebook() {
    }

    /** Writes the declarations, in column order, with text cells in mode {@code cells}. */
    public static void write(Path file, List<FeatureInfo> features, CsvCells cells) throws IOException {
        try (CsvOut out = CsvOut.create(file, cells)) {
            out.row(HEADER);
            for (FeatureInfo f : features) {
                out.row(f.name(), f.label(), f.unit(), f.definition());
            }
        }
    }

    /**
     * The declarations of a run folder by column name, or an empty map when the run has no {@code features.csv}
     * (a run written before presslens wrote one) or it is not one presslens wrote (other header, over 16 MiB).
     */
    public static Map<String, FeatureInfo> read(Path runDir, CsvCells cells) {
        Path file = runDir.resolve(FILE);
        Map<String, FeatureInfo> out = new LinkedHashMap<>();
        try {
            if (!Files.isRegularFile(file)) {
                return out;
            }
            if (Files.size(file) > MAX_BYTES) {
                LOG.warn("{}: larger than 16 MiB, not read; charts name features by their columns", file);
                return out;
            }
            CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, f)) {
                if (!p.getHeaderNames().equals(HEADER)) {
                    LOG.warn("{}: header is not {}, not read; charts name features by their columns", file, HEADER);
                    return out;
                }
                for (CSVRecord rec : p) {
                    if (rec.size() == HEADER.size()) {
                        FeatureInfo info = new FeatureInfo(cells.read(rec.get(0)), cells.read(rec.get(1)),
                                cells.read(rec.get(2)), cells.read(rec.get(3)));
                        out.put(info.name(), info);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            LOG.warn("{}: cannot be read ({}); charts name features by their columns", file, e.getMessage());
            return new LinkedHashMap<>();
        }
        return out;
    }
}
