package org.presslens.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Metadata for one file. */
    record Entry(String id, Map<String, String> fields) {
    }

    private Sidecar() {
    }

    /**
     * Reads a sidecar into {@code into} (keyed by the normalised absolute path of each file named) and returns the
     * rows that could not be used (at most {@link IngestConfig#maxSkipRowsPerFile()} of them, then one summary row).
     * Rows are framed like CSV inputs (bounded by {@link IngestConfig#maxRecordBytes()}); a bad row costs only itself.
     * Rows naming a file that does not exist are not kept (a warning names the first few), so memory follows the
     * files that exist, not the size of the sidecar.
     */
    static List<Skip> load(Path sidecar, String source, IngestConfig config, RecordMapper mapper,
                           Map<Path, Entry> into) {
        List<Skip> skips = new ArrayList<>();
        SkipCap cap = new SkipCap(config.maxSkipRowsPerFile());
        Path folder = sidecar.toAbsolutePath().normalize().getParent();
        try (ByteInput in = ByteInput.open(sidecar, false)) {
            String bad = FormatReader.checkStart(in, true);
            if (bad != null) {
                skips.add(new Skip(source, "", "metadata sidecar: " + bad));
                return skips;
            }
            CsvRecords rows = new CsvRecords(in, config.maxRecordBytes());
            CsvRecords.Row h;
            do {
                h = rows.next();
            } while (h != null && h.blank());
            String headerProblem = h == null ? "empty file" : CsvReader.problem(h, config.maxRecordMegabytes(), false);
            if (headerProblem == null && h.size() > CsvRecords.MAX_FIELDS) {
                headerProblem = "header has more than " + CsvRecords.MAX_FIELDS + " columns";
            }
            if (headerProblem != null) {
                skips.add(new Skip(source, h == null ? "" : "line " + h.line(), "metadata sidecar: " + headerProblem
                        + (h == null ? "" : "; sidecar not read")));
                return skips;
            }
            List<String> names = CsvReader.header(h.values());
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
            CappedWarning missing = new CappedWarning(LOG,
                    "rows name files that are not found; their metadata is not used");
            CappedWarning repeated = new CappedWarning(LOG,
                    "rows describe a file already described; the later row is used");
            CappedWarning textColumn = new CappedWarning(LOG, "rows have a text column, which a sidecar ignores");
            CsvRecords.Row r;
            while ((r = rows.next()) != null) {
                if (r.blank()) {
                    continue;
                }
                long line = r.line();
                String problem = CsvReader.problem(r, config.maxRecordMegabytes(), !in.atEnd());
                if (problem == null && r.size() != names.size()) {
                    problem = "expected " + names.size() + " fields, found " + r.size();
                }
                String file = problem == null ? r.values().get(fileCol).strip() : "";
                if (problem == null && file.isEmpty()) {
                    problem = "empty 'file' value";
                }
                Path target = null;
                if (problem == null) {
                    try {
                        target = folder.resolve(file).normalize();
                    } catch (InvalidPathException e) {
                        problem = "'file' value is not a path: " + e.getReason();
                    }
                }
                if (problem != null) {
                    Skip s = new Skip(source, "line " + line, "metadata sidecar: " + problem);
                    if (cap.admit(s)) {
                        skips.add(s);
                    }
                    continue;
                }
                List<String> values = new ArrayList<>(r.values());
                values.remove(fileCol);
                if (!Files.exists(target)) {
                    if (missing.next()) {
                        LOG.warn("{} line {}: file '{}' not found in {}; its metadata is not used", source, line, file,
                                folder);
                    }
                    continue;
                }
                Long before = seen.put(target, line);
                if (before != null && repeated.next()) {
                    LOG.warn("{} line {}: file '{}' already described on line {}; the later row is used", source,
                            line, file, before);
                }
                RecordMapper.Mapped m = mapper.map(otherNames, values);
                Map<String, String> fields = new java.util.LinkedHashMap<>(m.fields());
                if (!m.text().isEmpty() && textColumn.next()) {
                    LOG.warn("{} line {}: text column ignored in a metadata sidecar", source, line);
                }
                into.put(target, new Entry(m.id(), fields));
            }
            for (CappedWarning w : List.of(missing, repeated, textColumn)) {
                w.finish(source);
            }
        } catch (IOException e) {
            skips.add(new Skip(source, "", "metadata sidecar: " + CorpusReader.describe(e, false)));
        }
        Skip summary = cap.summary(source);
        if (summary != null) {
            skips.add(summary);
        }
        return skips;
    }
}
