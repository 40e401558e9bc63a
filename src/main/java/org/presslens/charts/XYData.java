package org.presslens.charts;

import org.presslens.core.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Points or lines in the plane, one series per outlet.
 *
 * @param lines draw lines with markers (time series) rather than scattered points
 * @param dates x values are days since 1970-01-01, shown as dates
 */
public record XYData(String xTitle, String yTitle, List<Series> series, boolean lines, boolean dates)
        implements ChartData {

    /** Colour of a series: by its position among the series. */
    public static final int AUTO_COLOR = Integer.MIN_VALUE;

    /**
     * One series: x and y of equal length.
     *
     * @param color palette index (the outlet's colour in every chart), -1 for grey, {@link #AUTO_COLOR} by position
     */
    public record Series(String name, double[] x, double[] y, int color) {
        /** A series coloured by its position. */
        public Series(String name, double[] x, double[] y) {
            this(name, x, y, AUTO_COLOR);
        }

        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series '" + name + "': " + x.length + " x for " + y.length + " y");
            }
            x = x.clone();
            y = y.clone();
        }
    }

    public XYData {
        series = List.copyOf(series);
    }

    @Override
    public List<String> csvHeader() {
        return List.of("series", "x", "y");
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                rows.add(List.of(s.name(), dates ? LocalDate.ofEpochDay((long) s.x()[i]).toString()
                        : Numbers.format(s.x()[i]), Numbers.format(s.y()[i])));
            }
        }
        return rows;
    }
}
