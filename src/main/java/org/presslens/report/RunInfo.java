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
import org.presslens.stats.StatsException;

/**
 * What a run folder says about the run itself: {@code run.json} (kept as JSON; every field optional) and
 * {@code skipped.csv} (all rows counted by reason, the first {@link #SKIPPED_SHOWN} kept for listing).
 */
public record RunInfo(JsonNode run, int skippedTotal, Map<String, Integer> skippedByReason,
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
        Map<String, Integer> byReason = new TreeMap<>();
        List<List<String>> shown = new ArrayList<>();
        int total = 0;
        Path skipped = runDir.resolve("skipped.csv");
        if (Files.isRegularFile(skipped)) {
            CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (Reader r = Files.newBufferedReader(skipped, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, f)) {
                for (CSVRecord rec : p) {
                    String reason = rec.isMapped("reason") && rec.isSet("reason") ? rec.get("reason") : "";
                    byReason.merge(reasonKind(reason), 1, Integer::sum);
                    if (shown.size() < SKIPPED_SHOWN) {
                        shown.add(List.of(get(rec, "source"), get(rec, "record"), reason));
                    }
                    total++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(skipped + ": cannot read: " + e.getMessage(), e);
            } catch (IllegalStateException | UncheckedIOException e) {
                throw new StatsException(skipped + ": not valid CSV: " + e.getMessage(), e);
            }
        }
        return new RunInfo(run, total, byReason, shown);
    }

    private static String get(CSVRecord r, String col) {
        return r.isMapped(col) && r.isSet(col) ? r.get(col) : "";
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

    /** A text field of run.json, or "". */
    public String text(String field) {
        JsonNode n = run.path(field);
        return n.isValueNode() ? n.asText() : "";
    }
}
