package org.presslens.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/** The confusion matrix of single-label {@link Metrics} as an XChart heat map (columns predicted, rows actual). */
public final class ConfusionChart {
    private ConfusionChart() {
    }

    /** The chart; heat cells are {@code {predicted index, actual index, count}}. */
    public static HeatMapChart chart(Metrics m, String title) {
        if (m.confusion().length == 0) {
            throw new IllegalArgumentException("no confusion matrix in " + m.kind() + " metrics");
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(140 + 90 * m.labels().size())
                .height(120 + 70 * m.labels().size()).title(title).xAxisTitle("predicted").yAxisTitle("actual")
                .build();
        chart.getStyler().setShowValue(true);
        chart.getStyler().setLegendVisible(false);
        List<Number[]> heat = new ArrayList<>();
        for (int a = 0; a < m.confusion().length; a++) {
            for (int p = 0; p < m.confusion()[a].length; p++) {
                heat.add(new Number[] {p, a, m.confusion()[a][p]});
            }
        }
        chart.addSeries("confusion", m.labels(), m.labels(), heat);
        return chart;
    }

    /** Writes the chart as PNG. */
    public static void savePng(Metrics m, String title, Path png) throws IOException {
        BitmapEncoder.saveBitmap(chart(m, title), png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
