package org.presslens.charts;

import org.presslens.core.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * A heat map: {@code values[y][x]} for columns {@code xs} and rows {@code ys} (NaN = no value).
 *
 * @param valueTitle what the colour shows (with its unit)
 */
public record HeatData(String xTitle, String yTitle, String valueTitle, List<String> xs, List<String> ys,
                       double[][] values) implements ChartData {
    public HeatData {
        xs = List.copyOf(xs);
        ys = List.copyOf(ys);
        if (values.length != ys.size()) {
            throw new IllegalArgumentException(values.length + " rows for " + ys.size() + " row labels");
        }
        double[][] copy = new double[values.length][];
        for (int y = 0; y < values.length; y++) {
            if (values[y].length != xs.size()) {
                throw new IllegalArgumentException("row " + y + " has " + values[y].length + " values for "
                        + xs.size() + " columns");
            }
            copy[y] = values[y].clone();
        }
        values = copy;
    }

    @Override
    public List<String> csvHeader() {
        return List.of("x", "y", "value");
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        for (int y = 0; y < ys.size(); y++) {
            for (int x = 0; x < xs.size(); x++) {
                rows.add(List.of(xs.get(x), ys.get(y), Numbers.format(values[y][x])));
            }
        }
        return rows;
    }
}
