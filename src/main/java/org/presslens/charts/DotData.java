package org.presslens.charts;

import java.util.ArrayList;
import java.util.List;
import org.presslens.core.Numbers;

/**
 * A horizontal dot-and-whisker plot: one row per category (outlet), a dot at its value and a whisker over its
 * interval, rows in the given order from the top (the chart set sorts them by value, largest first).
 *
 * @param valueTitle    the value axis (horizontal), with its unit
 * @param categoryTitle the category axis (vertical)
 * @param colors        palette index per category (the outlet's colour in every chart), -1 for grey
 */
public record DotData(String valueTitle, String categoryTitle, List<String> categories, double[] values,
                      double[] low, double[] high, int[] colors) implements ChartData {
    public DotData {
        categories = List.copyOf(categories);
        values = values.clone();
        low = low.clone();
        high = high.clone();
        colors = colors.clone();
        int n = categories.size();
        if (values.length != n || low.length != n || high.length != n || colors.length != n) {
            throw new IllegalArgumentException(n + " categories need as many values, interval ends and colours");
        }
    }

    @Override
    public List<String> csvHeader() {
        return List.of("category", "value", "ci_low", "ci_high");
    }

    /** Rows from the top of the chart down. */
    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            rows.add(List.of(categories.get(i), Numbers.format(values[i]), Numbers.format(low[i]),
                    Numbers.format(high[i])));
        }
        return rows;
    }
}
