package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;

class ConfusionChartTest {
    @TempDir
    Path tmp;

    @Test
    void heatCellsAreTheConfusionCounts() throws Exception {
        Metrics m = Metrics.singleLabel(List.of("a", "b"), new int[] {0, 0, 1, 1, 1},
                new double[][] {{1, 0}, {0, 1}, {0, 1}, {0, 1}, {1, 0}});
        HeatMapChart chart = ConfusionChart.chart(m, "t");
        HeatMapSeries s = chart.getSeriesMap().get("confusion");
        List<? extends Number[]> heat = s.getHeatData();
        assertEquals(4, heat.size());
        assertArrayEquals(new Number[] {0, 0, 1}, heat.get(0));
        assertArrayEquals(new Number[] {1, 0, 1}, heat.get(1));
        assertArrayEquals(new Number[] {0, 1, 1}, heat.get(2));
        assertArrayEquals(new Number[] {1, 1, 2}, heat.get(3));
        Path png = tmp.resolve("c.png");
        ConfusionChart.savePng(m, "t", png);
        assertTrue(Files.size(png) > 1000);
    }
}
