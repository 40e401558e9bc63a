package org.presslens.charts;

import com.pngencoder.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.presslens.core.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws one small throw-away chart on a daemon thread of its own, to PNG and SVG in memory, so that the first
 * chart of the report does not also pay for starting Java2D, loading the fonts and the encoders' classes (about
 * half a second, on one core). {@code analyze} starts it while it loads its configuration and models, with a core
 * to spare. Nothing is written; a failure only means the report pays that time itself (and reports any real
 * problem when it draws).
 */
public final class ChartWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(ChartWarmup.class);

    private ChartWarmup() {
    }

    /** Starts the warm-up; returns at once. */
    public static void start() {
        Background.start("presslens-chart-warmup", () -> {
            try {
                draw();
            } catch (IOException | RuntimeException | LinkageError e) {
                LOG.debug("chart warm-up failed (the report will draw without it): {}", e.toString());
            }
            return null;
        });
    }

    private static void draw() throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(200).height(120).title("warm-up").xAxisTitle("x")
                .yAxisTitle("y").build();
        chart.addSeries("s", new double[] {1, 2}, new double[] {0.5, 1.5});
        BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        BufferedImage image = new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            chart.paint(g, 200, 120);
        } finally {
            g.dispose();
        }
        new PngEncoder().withBufferedImage(image).withCompressionLevel(1).toBytes();
        VectorGraphicsEncoder.saveVectorGraphic(chart, new ByteArrayOutputStream(),
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
