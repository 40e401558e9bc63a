package org.presslens.core;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV file the way every presslens CSV is written: UTF-8, RFC 4180 quoting, {@code \n} line ends, and
 * every cell through a {@link CsvCells} mode. Not thread-safe.
 */
public final class CsvOut implements Closeable, Flushable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private final CSVPrinter printer;
    private final CsvCells cells;

    /** Writes to {@code out} (closed with this writer). */
    public CsvOut(Writer out, CsvCells cells) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        this.cells = cells;
    }

    /** Creates or replaces {@code file}. */
    public static CsvOut create(Path file, CsvCells cells) throws IOException {
        return new CsvOut(Files.newBufferedWriter(file, StandardCharsets.UTF_8), cells);
    }

    /** One record; values are written as text ({@code null} as an empty cell). */
    public void row(Object... values) throws IOException {
        row(Arrays.asList(values));
    }

    /** One record from a list of values. */
    public void row(Iterable<?> values) throws IOException {
        for (Object v : values) {
            printer.print(v == null ? null : cells.write(v.toString()));
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
