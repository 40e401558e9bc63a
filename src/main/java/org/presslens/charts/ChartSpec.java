package org.presslens.charts;

import java.util.regex.Pattern;

/**
 * A chart to draw: its file name (without extension), title, and the data it plots. The same data is
 * written beside the image as {@code <name>.csv}, so every chart can be checked against its numbers.
 *
 * @param caption one sentence for the report saying how to read the chart (may be empty)
 */
public record ChartSpec(String name, String title, String caption, ChartData data) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public ChartSpec {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("chart name '" + name + "' must match " + NAME.pattern());
        }
    }
}
