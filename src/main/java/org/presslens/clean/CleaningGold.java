package org.presslens.clean;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.presslens.core.ConfigException;

/**
 * Line-level cleaning gold: for each document, which physical lines are body and which are not, given as
 * line ranges with a short marker (the first words of the range's first line) that checks alignment. The
 * CSV has the columns {@code file, lines, label, marker}; {@code #} starts a comment line. Labels:
 * {@code body} (must be kept), {@code title}, {@code header}, {@code meta}, {@code boilerplate}.
 */
public final class CleaningGold {
    private static final List<String> LABELS = List.of("body", "title", "header", "meta", "boilerplate");

    /** Precision and recall of kept body lines over the gold documents. */
    public record Score(int documents, int lines, int goldBody, int kept, int keptBody, List<String> errors) {
        public Score {
            errors = List.copyOf(errors);
        }

        /** Kept lines that are body / kept lines (1 when nothing is kept). */
        public double precision() {
            return kept == 0 ? 1.0 : keptBody / (double) kept;
        }

        /** Body lines kept / body lines (1 when there is no body line). */
        public double recall() {
            return goldBody == 0 ? 1.0 : keptBody / (double) goldBody;
        }
    }

    private record Row(int from, int to, String label, String marker, long csvLine) {
    }

    private final Map<String, List<Row>> rows;
    private final String name;

    private CleaningGold(Map<String, List<Row>> rows, String name) {
        this.rows = rows;
        this.name = name;
    }

    /** The documents the gold covers, sorted. */
    public List<String> files() {
        return List.copyOf(rows.keySet());
    }

    /** Reads a gold CSV; {@code name} identifies it in error messages. */
    public static CleaningGold parse(Reader in, String name) throws IOException {
        Map<String, List<Row>> rows = new TreeMap<>();
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        for (CSVRecord r : fmt.parse(in)) {
            long line = r.getParser().getCurrentLineNumber();
            String where = name + " line " + line;
            if (r.size() != 4) {
                throw new ConfigException(where + ": expected 4 fields (file, lines, label, marker), got " + r.size());
            }
            String label = r.get("label");
            if (!LABELS.contains(label)) {
                throw new ConfigException(where + ": label '" + label + "' not in " + LABELS);
            }
            String range = r.get("lines");
            int from;
            int to;
            try {
                int dash = range.indexOf('-');
                from = Integer.parseInt(dash < 0 ? range : range.substring(0, dash));
                to = dash < 0 ? from : Integer.parseInt(range.substring(dash + 1));
            } catch (NumberFormatException e) {
                throw new ConfigException(where + ": lines '" + range + "' is not N or N-M", e);
            }
            if (from < 1 || to < from) {
                throw new ConfigException(where + ": lines '" + range + "' is not a range of line numbers from 1");
            }
            rows.computeIfAbsent(r.get("file"), k -> new ArrayList<>())
                    .add(new Row(from, to, label, r.get("marker"), line));
        }
        return new CleaningGold(rows, name);
    }

    /**
     * Cleans every gold document found in {@code folder} and scores the kept lines. Fails when a document is
     * missing, a marker does not match its line, or a non-blank line is not covered exactly once.
     */
    public Score score(Path folder, BoilerplateCleaner cleaner) throws IOException {
        int lines = 0;
        int goldBody = 0;
        int kept = 0;
        int keptBody = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
            Path file = folder.resolve(e.getKey());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] physical = text.split("\n", -1);
            String[] label = new String[physical.length + 1];
            for (Row r : e.getValue()) {
                String where = name + " line " + r.csvLine() + " (" + e.getKey() + " lines " + r.from() + "-" + r.to() + ")";
                if (r.to() > physical.length) {
                    throw new IllegalStateException(where + ": the file has only " + physical.length + " lines");
                }
                boolean markerChecked = false;
                for (int ln = r.from(); ln <= r.to(); ln++) {
                    String norm = BoilerplateCleaner.normalise(physical[ln - 1], 0, physical[ln - 1].length());
                    if (norm.isEmpty()) {
                        continue;
                    }
                    if (!markerChecked) {
                        String m = firstWords(norm, 3);
                        if (!m.equals(r.marker())) {
                            throw new IllegalStateException(where + ": marker '" + r.marker() + "' does not match line "
                                    + ln + " which starts '" + m + "'");
                        }
                        markerChecked = true;
                    }
                    if (label[ln] != null) {
                        throw new IllegalStateException(where + ": line " + ln + " is already labelled " + label[ln]);
                    }
                    label[ln] = r.label();
                }
            }
            List<LineVerdict> verdicts = cleaner.classify(text, "");
            int v = 0;
            for (int ln = 1; ln <= physical.length; ln++) {
                String norm = BoilerplateCleaner.normalise(physical[ln - 1], 0, physical[ln - 1].length());
                if (norm.isEmpty()) {
                    continue;
                }
                if (label[ln] == null) {
                    throw new IllegalStateException(name + ": " + e.getKey() + " line " + ln + " has no gold label");
                }
                LineVerdict verdict = verdicts.get(v++);
                boolean body = label[ln].equals("body");
                lines++;
                goldBody += body ? 1 : 0;
                kept += verdict.kept() ? 1 : 0;
                keptBody += body && verdict.kept() ? 1 : 0;
                if (body != verdict.kept()) {
                    errors.add(e.getKey() + " line " + ln + ": gold " + label[ln] + ", cleaner "
                            + (verdict.kept() ? "kept" : "removed") + " as " + verdict.kind().label());
                }
            }
            if (v != verdicts.size()) {
                throw new IllegalStateException(e.getKey() + ": cleaner saw " + verdicts.size()
                        + " non-blank lines, gold counts " + v);
            }
        }
        return new Score(rows.size(), lines, goldBody, kept, keptBody, errors);
    }

    private static String firstWords(String s, int n) {
        String[] w = s.split(" ");
        return String.join(" ", java.util.Arrays.asList(w).subList(0, Math.min(n, w.length)));
    }
}
