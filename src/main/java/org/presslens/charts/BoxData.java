package org.presslens.charts;

import org.presslens.core.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Box plots: the raw values of one measure per group (outlet).
 *
 * @param colors palette index per group (the outlet's colour in every chart), -1 for grey ("other outlets")
 */
public record BoxData(String xTitle, String yTitle, List<String> groups, List<double[]> values, int[] colors)
        implements ChartData {
    /** Groups coloured by position. */
    public BoxData(String xTitle, String yTitle, List<String> groups, List<double[]> values) {
        this(xTitle, yTitle, groups, values, java.util.stream.IntStream.range(0, groups.size()).toArray());
    }

    public BoxData {
        colors = colors.clone();
        if (colors.length != groups.size()) {
            throw new IllegalArgumentException(groups.size() + " groups but " + colors.length + " colours");
        }
        groups = List.copyOf(groups);
        values = values.stream().map(double[]::clone).toList();
        if (groups.size() != values.size()) {
            throw new IllegalArgumentException(groups.size() + " groups but " + values.size() + " value arrays");
        }
    }

    @Override
    public List<String> csvHeader() {
        return List.of("group", "value");
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (double v : values.get(g)) {
                rows.add(List.of(groups.get(g), Numbers.format(v)));
            }
        }
        return rows;
    }
}
