package org.presslens.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.presslens.core.CsvCells;
import org.presslens.stats.StatsWriter;

/**
 * Writes charts into a folder: {@code <name>.csv} (the plotted data), {@code <name>.png} (screen,
 * 72 dpi), {@code <name>-300dpi.png} (print) and {@code <name>.svg}, as the formats ask.
 */
public final class ChartWriter {
    /** Print resolution in dots per inch. */
    public static final int PRINT_DPI = 300;
    private final ChartRenderer renderer;
    private final CsvCells cells;

    /** A writer drawing with the given renderer, writing the data CSVs' text cells in the given mode. */
    public ChartWriter(ChartRenderer renderer, CsvCells cells) {
        this.renderer = renderer;
        this.cells = cells;
    }

    /** Writes one chart; returns the files written. */
    public List<Path> write(ChartSpec spec, Path dir, Set<ChartFormat> formats) {
        List<Path> out = new ArrayList<>();
        out.add(StatsWriter.write(dir.resolve(spec.name() + ".csv"), cells, spec.data().csvHeader(), p -> {
            for (List<String> row : spec.data().csvRows()) {
                p.row(row);
            }
        }));
        Chart<?, ?> chart = renderer.render(spec);
        try {
            if (formats.contains(ChartFormat.PNG)) {
                Path png = dir.resolve(spec.name() + ".png");
                try (OutputStream o = Files.newOutputStream(png)) {
                    BitmapEncoder.saveBitmap(chart, o, BitmapEncoder.BitmapFormat.PNG);
                }
                out.add(png);
                String print = dir.resolve(spec.name() + "-" + PRINT_DPI + "dpi").toString();
                BitmapEncoder.saveBitmapWithDPI(chart, print, BitmapEncoder.BitmapFormat.PNG, PRINT_DPI);
                out.add(Path.of(print + ".png"));
            }
            if (formats.contains(ChartFormat.SVG)) {
                Path svg = dir.resolve(spec.name() + ".svg");
                try (OutputStream o = Files.newOutputStream(svg)) {
                    VectorGraphicsEncoder.saveVectorGraphic(chart, o, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                }
                out.add(svg);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write chart " + spec.name() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The chart as PNG bytes at screen resolution (for embedding). */
    public byte[] png(ChartSpec spec) {
        try {
            return BitmapEncoder.getBitmapBytes(renderer.render(spec), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart " + spec.name() + ": " + e.getMessage(), e);
        }
    }
}
