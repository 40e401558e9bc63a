package org.presslens.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A metadata sidecar: a CSV with a {@code file} column (a path relative to the sidecar's folder) and any other
 * columns (outlet, date, title, labels such as framing or reliability). Its values fill in the fields of the
 * documents read from that file (the record's own non-empty fields win). Columns are mapped like record fields
 * (e.g. {@code source} → {@code outlet}); an {@code id} column names a whole-file document that has no id of its own.
 */
final class Sidecar {
    private static final Logger LOG = LoggerFactory.getLogger(Sidecar.class);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    /** Metadata for one file. */
    record Entry(String id, Map<String, String> fields) {
    }

    private Sidecar() {
    }

    /**
     * Reads a sidecar into {@code into} (keyed by the normalised absolute path of each file named) and returns the
     * rows that could not be used.
     */
    static List<Skip> load(Path sidecar, String source, RecordMapper mapper, Map<Path, Entry> into) {
        List<Skip> skips = new ArrayList<>();
        Path folder = sidecar.toAbsolutePath().normalize().getParent();
        try (ByteInput in = ByteInput.open(sidecar, false)) {
            String bad = FormatReader.checkStart(in);
            if (bad != null) {
                skips.add(new Skip(source, "", "metadata sidecar: " + bad));
                return skips;
            }
            try (CSVParser parser = FORMAT.parse(in.asReader())) {
                Iterator<CSVRecord> rows = parser.iterator();
                if (!rows.hasNext()) {
                    skips.add(new Skip(source, "", "metadata sidecar: empty file"));
                    return skips;
                }
                List<String> names = CsvReader.header(rows.next());
                int fileCol = -1;
                for (int i = 0; i < names.size(); i++) {
                    if (names.get(i).toLowerCase(Locale.ROOT).equals("file")) {
                        fileCol = i;
                        break;
                    }
                }
                if (fileCol < 0) {
                    skips.add(new Skip(source, "", "metadata sidecar has no 'file' column; found " + names));
                    return skips;
                }
                List<String> otherNames = new ArrayList<>(names);
                otherNames.remove(fileCol);
                Map<Path, Long> seen = new HashMap<>();
                while (true) {
                    long line = parser.getCurrentLineNumber() + 1;
                    CSVRecord r;
                    try {
                        if (!rows.hasNext()) {
                            break;
                        }
                        r = rows.next();
                    } catch (UncheckedIOException e) {
                        skips.add(new Skip(source, "line " + line, "metadata sidecar: malformed CSV quoting: "
                                + CsvReader.quotingProblem(e.getCause().getMessage())
                                + "; rest of the sidecar not read"));
                        break;
                    }
                    if (r.size() != names.size()) {
                        skips.add(new Skip(source, "line " + line, "metadata sidecar: expected " + names.size()
                                + " fields, found " + r.size()));
                        continue;
                    }
                    List<String> values = new ArrayList<>(Arrays.asList(r.values()));
                    String file = values.remove(fileCol).strip();
                    if (file.isEmpty()) {
                        skips.add(new Skip(source, "line " + line, "metadata sidecar: empty 'file' value"));
                        continue;
                    }
                    Path target = folder.resolve(file).normalize();
                    if (!Files.exists(target)) {
                        LOG.warn("{} line {}: file '{}' not found in {}; its metadata is not used", source, line, file,
                                folder);
                    }
                    Long before = seen.put(target, line);
                    if (before != null) {
                        LOG.warn("{} line {}: file '{}' already described on line {}; the later row is used", source,
                                line, file, before);
                    }
                    RecordMapper.Mapped m = mapper.map(otherNames, values);
                    Map<String, String> fields = new java.util.LinkedHashMap<>(m.fields());
                    if (!m.text().isEmpty()) {
                        LOG.warn("{} line {}: text column ignored in a metadata sidecar", source, line);
                    }
                    into.put(target, new Entry(m.id(), fields));
                }
            }
        } catch (IOException e) {
            skips.add(new Skip(source, "", "metadata sidecar: " + CorpusReader.describe(e, false)));
        }
        return skips;
    }
}
