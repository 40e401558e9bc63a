package org.presslens.charts;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
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
    /** The print image's size in screen pixels: 2 (a 1000-pixel chart is 2000 pixels, 6.7 inches at 300 dpi). */
    public static final int PRINT_SCALE = 2;
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
                Path print = dir.resolve(spec.name() + "-" + PRINT_DPI + "dpi.png");
                writePrintPng(chart, print);
                out.add(print);
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

    /**
     * Draws the chart at {@link #PRINT_SCALE} times its screen size (2000 × 1200 for the default 1000 × 600) and
     * writes it with {@link #PRINT_DPI} in a {@code pHYs} chunk: a figure 6.7 inches wide, the full text width of a
     * paper page, at print resolution. (XChart's {@code saveBitmapWithDPI} would scale by 300/72 instead, a figure
     * 13.9 inches wide that every user shrinks, at four times the pixels.) The encoder is PngEncoder at deflate level
     * 1: XChart's ImageIO writer (level 9, every filter tried per row) spent most of a report's chart time on these
     * images.
     */
    static void writePrintPng(Chart<?, ?> chart, Path file) throws IOException {
        double scale = PRINT_SCALE;
        BufferedImage image = new BufferedImage((int) (chart.getWidth() * scale), (int) (chart.getHeight() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            AffineTransform t = g.getTransform();
            t.scale(scale, scale);
            g.setTransform(t);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        new PngEncoder().withBufferedImage(image).withCompressionLevel(1).withMultiThreadedCompressionEnabled(false)
                .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.dotsPerInch(PRINT_DPI)).toFile(file);
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
