package org.presslens.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.presslens.core.CsvCells;
import org.presslens.ingest.Skip;
import org.presslens.stats.StatsException;

/**
 * What a run folder says about the run itself: {@code run.json} (kept as JSON; every field optional) and
 * {@code skipped.csv} (the first {@link #SKIPPED_SHOWN} rows kept for listing), read in the run's {@link #csvCells()}
 * mode. Skip counts come from {@code run.json}'s {@code counts} (which include the records a capped file summarised in
 * one row); without them, the rows of {@code skipped.csv} are counted by {@link Skip#kindOf reason kind}.
 */
public record RunInfo(Path dir, JsonNode run, int skippedTotal, Map<String, Integer> skippedByReason,
                      List<List<String>> skippedShown) {
    /** Skipped rows listed in the report. */
    public static final int SKIPPED_SHOWN = 50;

    public RunInfo {
        skippedByReason = Map.copyOf(skippedByReason);
        skippedShown = List.copyOf(skippedShown);
    }

    /** Reads a run folder's {@code run.json} and {@code skipped.csv}; absent files give empty values. */
    public static RunInfo read(Path runDir) {
        JsonNode run = MissingNode.getInstance();
        Path json = runDir.resolve("run.json");
        if (Files.isRegularFile(json)) {
            try {
                run = new ObjectMapper().readTree(json.toFile());
            } catch (IOException e) {
                throw new StatsException(json + ": not valid JSON: " + e.getMessage(), e);
            }
        }
        CsvCells cells = csvCells(run, json);
        Map<String, Integer> byReason = new TreeMap<>();
        List<List<String>> shown = new ArrayList<>();
        int total = 0;
        Path skipped = runDir.resolve("skipped.csv");
        if (Files.isRegularFile(skipped)) {
            CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (Reader r = Files.newBufferedReader(skipped, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, f)) {
                for (CSVRecord rec : p) {
                    String reason = get(rec, "reason", cells);
                    byReason.merge(Skip.kindOf(reason), 1, Integer::sum);
                    if (shown.size() < SKIPPED_SHOWN) {
                        shown.add(List.of(get(rec, "source", cells), get(rec, "record", cells), reason));
                    }
                    total++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(skipped + ": cannot read: " + e.getMessage(), e);
            } catch (IllegalStateException | UncheckedIOException e) {
                throw new StatsException(skipped + ": not valid CSV: " + e.getMessage(), e);
            }
        }
        // run.json counts every skipped record, also those a capped file summarised in one row
        JsonNode counts = run.path("counts");
        if (counts.path("skipped").canConvertToInt() && counts.path("skipped_by_reason").isObject()) {
            total = counts.path("skipped").asInt();
            byReason.clear();
            counts.path("skipped_by_reason").fields().forEachRemaining(e -> byReason.put(e.getKey(), e.getValue().asInt()));
        }
        return new RunInfo(runDir, run, total, byReason, shown);
    }

    private static String get(CSVRecord r, String col, CsvCells cells) {
        return r.isMapped(col) && r.isSet(col) ? cells.read(r.get(col)) : "";
    }

    /** How the run's CSV files hold text cells: {@code csv_cells} of run.json (raw when absent). */
    public CsvCells csvCells() {
        return csvCells(run, null);
    }

    private static CsvCells csvCells(JsonNode run, Path json) {
        try {
            return CsvCells.of(run.path("csv_cells").asText(""));
        } catch (IllegalArgumentException e) {
            throw new StatsException((json == null ? "run.json" : json) + ": " + e.getMessage(), e);
        }
    }

    /**
     * A path as the report shows it: relative to the run folder when inside it, so that it is the same on every run.
     * A path inside a working folder {@code .<name>.partial/} (where analyze writes before the run folder gets its
     * name) is shown as the part after it, i.e. relative to the finished run folder.
     */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path base = dir.toAbsolutePath().normalize();
        if (abs.startsWith(base)) {
            return slashes(base.relativize(abs));
        }
        for (int k = abs.getNameCount() - 1; k >= 0; k--) {
            if (PARTIAL.matcher(abs.getName(k).toString()).matches()) {
                return k + 1 < abs.getNameCount() ? slashes(abs.subpath(k + 1, abs.getNameCount())) : ".";
            }
        }
        Path home = home();
        if (home != null && abs.startsWith(home) && !abs.equals(home)) {
            return slashes(home.relativize(abs));
        }
        return p.toString();
    }

    /**
     * A text value that may be a path (from provenance.json or run.json) as {@link #display(Path)} shows it;
     * any other text unchanged.
     */
    public String displayText(String s) {
        if (s.isEmpty() || s.indexOf('/') < 0 && s.indexOf(java.io.File.separatorChar) < 0 || s.contains("://")
                || s.indexOf('\n') >= 0) {
            return s;
        }
        try {
            Path p = Path.of(s);
            return p.isAbsolute() || s.contains(".partial") ? display(p) : s;
        } catch (java.nio.file.InvalidPathException e) {
            return s;
        }
    }

    private static final java.util.regex.Pattern PARTIAL = java.util.regex.Pattern.compile("\\..+\\.partial");

    private static String slashes(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }

    /** The project folder ({@code presslens.home}, set by the launcher), or null. */
    private static Path home() {
        String h = System.getProperty("presslens.home", "");
        try {
            return h.isEmpty() ? null : Path.of(h).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** A text field of run.json, or "". */
    public String text(String field) {
        JsonNode n = run.path(field);
        return n.isValueNode() ? n.asText() : "";
    }
}
