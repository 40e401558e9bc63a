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
import org.presslens.stats.StatsException;

/**
 * What a run folder says about the run itself: {@code run.json} (kept as JSON; every field optional) and
 * {@code skipped.csv} (all rows counted by reason, the first {@link #SKIPPED_SHOWN} kept for listing), read in the
 * run's {@link #csvCells()} mode.
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
                    byReason.merge(reasonKind(reason), 1, Integer::sum);
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

    /** The kind of a skip reason: the text before the first colon or parenthesis. */
    static String reasonKind(String reason) {
        String s = reason.strip();
        int cut = s.length();
        for (char c : new char[] {':', '('}) {
            int k = s.indexOf(c);
            if (k > 0) {
                cut = Math.min(cut, k);
            }
        }
        String kind = s.substring(0, cut).strip();
        return kind.isEmpty() ? "(no reason given)" : kind;
    }

    /** A path as the report shows it: relative to the run folder when inside it, so that it is the same on every run. */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path base = dir.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
    }

    /** A text field of run.json, or "". */
    public String text(String field) {
        JsonNode n = run.path(field);
        return n.isValueNode() ? n.asText() : "";
    }
}
