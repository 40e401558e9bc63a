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
     * One outlet: a value per period (NaN: none), optionally with a smoothed line and an interval band.
     *
     * @param color  palette index, -1 for grey ("other outlets")
     * @param smooth the smoothed value per period (NaN where the outlet has no value), or null: the values are
     *               joined by a line instead
     * @param low    lower end of the value's interval per period (NaN: none), or null
     * @param high   upper end, or null
     */
    public record Series(String name, double[] values, int color, double[] smooth, double[] low, double[] high) {
        public Series {
            values = values.clone();
            smooth = smooth == null ? null : smooth.clone();
            low = low == null ? null : low.clone();
            high = high == null ? null : high.clone();
        }

        /** A plain line. */
        public Series(String name, double[] values, int color) {
            this(name, values, color, null, null, null);
        }

        /** Whether this series has a smoothed line and band. */
        public boolean banded() {
            return smooth != null;
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
            for (double[] v : new double[][] {s.values(), s.smooth(), s.low(), s.high()}) {
                if (v != null && v.length != periods.size()) {
                    throw new IllegalArgumentException("series '" + s.name() + "' has " + v.length
                            + " values for " + periods.size() + " periods");
                }
            }
        }
    }

    @Override
    public List<String> csvHeader() {
        return List.of("series", "period", "period_start", "value", "smoothed", "ci_low", "ci_high", "partial");
    }

    /**
     * One row per drawn point (gaps have none): the value, the smoothed value and the interval where the series
     * has them (else empty); {@code partial} is 1 in a partial last period.
     */
    @Override
    public List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        int last = periods.size() - 1;
        for (Series s : series) {
            for (int p = 0; p < periods.size(); p++) {
                if (!Double.isNaN(s.values()[p])) {
                    rows.add(List.of(s.name(), periods.get(p), starts.get(p).toString(), Numbers.format(s.values()[p]),
                            cell(s.smooth(), p), cell(s.low(), p), cell(s.high(), p), partialLast && p == last ? "1" : "0"));
                }
            }
        }
        return rows;
    }

    private static String cell(double[] v, int p) {
        return v == null || Double.isNaN(v[p]) ? "" : Numbers.format(v[p]);
    }
}
