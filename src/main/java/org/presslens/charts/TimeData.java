package org.presslens.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.presslens.core.Numbers;

/**
 * Values per period (week, month, quarter or year), one line per outlet, over every period from the first to
 * the last date of the run: a NaN value is a gap, drawn as a break in the line, never bridged.
 *
 * @param periods     period labels ({@code 2007}, {@code 2011-Q4}, {@code 2011-12}, {@code 2024-W11}), in order
 * @param starts      first day of each period
 * @param partialLast the last period is not fully covered by the run's dates: its points are drawn hollow, joined
 *                    by a dashed line
 */
public record TimeData(String xTitle, String yTitle, List<String> periods, List<LocalDate> starts,
                       List<Series> series, boolean partialLast) implements ChartData {

    /**
     * One line: a value per period (NaN: none).
     *
     * @param color palette index, -1 for grey ("other outlets")
     */
    public record Series(String name, double[] values, int color) {
        public Series {
            values = values.clone();
        }
    }

    public TimeData {
        periods = List.copyOf(periods);
        starts = List.copyOf(starts);
        series = List.copyOf(series);
        if (starts.size() != periods.size()) {
            throw new IllegalArgumentException(periods.size() + " periods but " + starts.size() + " start dates");
        }
        for (Series s : series) {
            if (s.values().length != periods.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().length
                        + " values for " + periods.size() + " periods");
            }
        }
    }

    @Override
    public List<String> csvHeader() {
        return List.of("series", "period", "period_start", "value", "partial");
    }

    /** One row per drawn point (gaps have none); {@code partial} is 1 in a partial last period. */
    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        int last = periods.size() - 1;
        for (Series s : series) {
            for (int p = 0; p < periods.size(); p++) {
                if (!Double.isNaN(s.values()[p])) {
                    rows.add(List.of(s.name(), periods.get(p), starts.get(p).toString(), Numbers.format(s.values()[p]),
                            partialLast && p == last ? "1" : "0"));
                }
            }
        }
        return rows;
    }
}
