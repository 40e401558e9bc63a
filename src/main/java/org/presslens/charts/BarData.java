package org.presslens.charts;

import org.presslens.core.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars over categories: one or more series, optionally stacked, optionally with (asymmetric) interval ends.
 *
 * @param categories full category names (outlets, measures, terms); the renderer may shorten them on the axis
 * @param stacked    stack the series (label shares; diverging keyness bars)
 * @param guides     y values of dashed reference lines (e.g. the G² of p = 0.05), drawn when within the data
 */
public record BarData(String xTitle, String yTitle, List<String> categories, List<Series> series, boolean stacked,
                      List<Double> guides) implements ChartData {

    /**
     * One series of bars.
     *
     * @param low  lower interval ends per category, or null (no interval)
     * @param high upper interval ends per category, or null
     */
    public record Series(String name, double[] values, double[] low, double[] high) {
        public Series {
            values = values.clone();
            low = low == null ? null : low.clone();
            high = high == null ? null : high.clone();
        }

        /** A series without intervals. */
        public Series(String name, double[] values) {
            this(name, values, null, null);
        }
    }

    /** Bars without reference lines. */
    public BarData(String xTitle, String yTitle, List<String> categories, List<Series> series, boolean stacked) {
        this(xTitle, yTitle, categories, series, stacked, List.of());
    }

    public BarData {
        guides = List.copyOf(guides);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().length != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().length
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    @Override
    public List<String> csvHeader() {
        return List.of("category", "series", "value", "ci_low", "ci_high");
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                rows.add(List.of(categories.get(i), s.name(), Numbers.format(s.values()[i]),
                        s.low() == null ? "" : Numbers.format(s.low()[i]),
                        s.high() == null ? "" : Numbers.format(s.high()[i])));
            }
        }
        return rows;
    }
}
