package org.presslens.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How the text cells of the CSV files presslens writes are protected against spreadsheet formula evaluation
 * (OWASP "CSV injection"). {@link #NEUTRALISED}, the default, prefixes with {@code '} every cell that begins with
 * {@code =}, {@code @}, a tab or a carriage return, or with {@code +} or {@code -} followed by more than a plain
 * number ({@code -0.5}, {@code +3} and a lone {@code -} stay as they are; {@code -Fox} and {@code -1+A1} do not); a
 * cell that already begins with {@code '} followed by such a cell gets one more {@code '}, so that {@link #read}
 * gives back exactly what was written. {@link #RAW} writes and reads cells as they are.
 */
public enum CsvCells {
    /** Cells that a spreadsheet would evaluate are prefixed with {@code '}. */
    NEUTRALISED("neutralised"),
    /** Cells are written as they are. */
    RAW("raw");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private final String id;

    CsvCells(String id) {
        this.id = id;
    }

    /** The name recorded in {@code run.json} ({@code csv_cells}). */
    public String id() {
        return id;
    }

    /** The mode recorded as {@code id}; an absent value (a run folder written before the mode existed) is raw. */
    public static CsvCells of(String id) {
        if (id == null || id.isEmpty() || id.equals(RAW.id)) {
            return RAW;
        }
        if (id.equals(NEUTRALISED.id)) {
            return NEUTRALISED;
        }
        throw new IllegalArgumentException("csv_cells: '" + id + "', expected neutralised or raw");
    }

    /**
     * The mode of a CSV file presslens wrote: that recorded in the {@code run.json} beside it (a run folder), else
     * {@link #NEUTRALISED}, the default of every command that writes CSV ({@code table}, {@code predict}).
     */
    public static CsvCells ofFile(Path csv) {
        Path json = csv.toAbsolutePath().resolveSibling("run.json");
        if (!Files.isRegularFile(json)) {
            return NEUTRALISED;
        }
        try {
            return of(new ObjectMapper().readTree(json.toFile()).path("csv_cells").asText(""));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(json + ": cannot tell how " + csv.getFileName() + " was written: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** A cell as written to a file. */
    public String write(String cell) {
        return this == NEUTRALISED && needsPrefix(cell) ? "'" + cell : cell;
    }

    /** A cell read from a file written in this mode: the value that was given to {@link #write}. */
    public String read(String cell) {
        return this == NEUTRALISED && cell.length() > 1 && cell.charAt(0) == '\'' && needsPrefix(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    /** A formula trigger, possibly behind {@code '} characters (which then need one more to stay reversible). */
    private static boolean needsPrefix(String cell) {
        int k = 0;
        while (k < cell.length() && cell.charAt(k) == '\'') {
            k++;
        }
        if (k == cell.length()) {
            return false;
        }
        return switch (cell.charAt(k)) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> cell.length() - k > 1 && !NUMBER.matcher(cell).region(k, cell.length()).matches();
            default -> false;
        };
    }
}
