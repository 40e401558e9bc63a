package org.presslens.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.BoxSeries;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.BoxStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Turns a {@link ChartSpec} into an XChart chart: Okabe–Ito colours, readable fonts, long category names
 * shortened and the axis labels turned when they would collide. Stateless.
 */
public final class ChartRenderer {
    /** Longest category label drawn on an axis before it is shortened with "…". */
    static final int MAX_LABEL = 30;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final int width;
    private final int height;

    /** A renderer for charts of the given size in pixels at 72 dpi. */
    public ChartRenderer(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The chart for a spec. */
    public Chart<?, ?> render(ChartSpec spec) {
        ChartData d = spec.data();
        if (d instanceof BarData b) {
            return bars(spec.title(), b);
        } else if (d instanceof BoxData b) {
            return boxes(spec.title(), b);
        } else if (d instanceof HeatData h) {
            return heat(spec.title(), h);
        } else if (d instanceof XYData xy) {
            return xy(spec.title(), xy);
        } else if (d instanceof DotData dot) {
            return dots(spec.title(), dot);
        } else if (d instanceof TimeData t) {
            return time(spec.title(), t);
        }
        throw new IllegalArgumentException("no renderer for " + d.getClass());
    }

    private void style(AxesChartStyler s) {
        s.setChartTitleFont(TITLE);
        s.setAxisTitleFont(AXIS_TITLE);
        s.setAxisTickLabelsFont(TICKS);
        s.setLegendFont(LEGEND);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(new Color(0xDDDDDD));
        s.setLegendBorderColor(new Color(0xCCCCCC));
        s.setChartTitleBoxVisible(false);
        s.setChartPadding(12);
        s.setAntiAlias(true);
    }

    /** Rotation for category labels: flat when they fit, else 30° or 60° (plus shortening). */
    static int rotation(List<String> labels, int width) {
        double slot = (width - 140.0) / Math.max(1, labels.size());
        double needed = Labels.longest(labels) * 7.2 + 10;
        if (needed <= slot) {
            return 0;
        }
        return needed * 0.85 <= slot * 2 ? 30 : 60;
    }

    private CategoryChart bars(String title, BarData d) {
        CategoryChart c = new CategoryChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(d.xTitle()).yAxisTitle(d.yTitle()).build();
        style(c.getStyler());
        List<String> cats = Labels.shorten(d.categories(), d.stacked() && d.series().size() == 2 ? 40 : MAX_LABEL);
        List<String> legend = Labels.shorten(d.series().stream().map(BarData.Series::name).toList(), 28);
        int legendWidth = d.series().size() > 1 ? Labels.longest(legend) * 7 + 70 : 0;
        c.getStyler().setXAxisLabelRotation(rotation(cats, width - legendWidth));
        c.getStyler().setStacked(d.stacked());
        c.getStyler().setOverlapped(d.stacked());
        c.getStyler().setLegendVisible(d.series().size() > 1);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setAvailableSpaceFill(d.series().size() > 1 && !d.stacked() ? 0.8 : 0.6);
        c.getStyler().setErrorBarsColor(Color.BLACK);
        c.getStyler().setYAxisDecimalPattern("#,##0.###");
        boolean diverging = d.stacked() && d.series().size() == 2
                && Arrays.stream(d.series().get(1).values()).allMatch(v -> v <= 0)
                && Arrays.stream(d.series().get(0).values()).allMatch(v -> v >= 0);
        for (int i = 0; i < d.series().size(); i++) {
            BarData.Series s = d.series().get(i);
            List<Double> vals = box(s.values());
            CategorySeries cs = c.addSeries(legend.get(i), cats, vals);
            cs.setFillColor(diverging ? (i == 0 ? Palette.OVER : Palette.UNDER) : Palette.color(i));
            if (s.low() != null) {
                // asymmetric interval: an invisible point at the interval's centre with half its width as error bar
                double[] centre = new double[s.values().length];
                double[] half = new double[s.values().length];
                for (int k = 0; k < centre.length; k++) {
                    centre[k] = (s.low()[k] + s.high()[k]) / 2;
                    half[k] = (s.high()[k] - s.low()[k]) / 2;
                }
                CategorySeries ci = c.addSeries(legend.get(i) + " interval", cats, box(centre), box(half));
                ci.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
                ci.setMarker(SeriesMarkers.NONE);
                ci.setMarkerColor(Color.BLACK);
                ci.setShowInLegend(false);
                c.getStyler().setOverlapped(true);
            }
        }
        double lo = d.series().stream().flatMapToDouble(x -> Arrays.stream(x.values())).filter(v -> !Double.isNaN(v))
                .min().orElse(0);
        double hi = d.series().stream().flatMapToDouble(x -> Arrays.stream(x.values())).filter(v -> !Double.isNaN(v))
                .max().orElse(0);
        for (double g : d.guides()) {
            if (g >= lo && g <= hi) {
                c.addAnnotation(new AnnotationLine(g, false, false));
            }
        }
        c.getStyler().setAnnotationLineColor(Color.GRAY);
        c.getStyler().setAnnotationLineStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        return c;
    }

    private static List<Double> box(double[] v) {
        List<Double> l = new ArrayList<>(v.length);
        for (double x : v) {
            l.add(Double.isNaN(x) ? null : x);
        }
        return l;
    }

    /**
     * Box plots drawn on an XY chart in the palette (XChart's own box plot paints every box blue and red): per group
     * the quartile box (Commons Math's default (n + 1)p quartiles), a black median, whiskers to the most extreme
     * values within 1.5 × the interquartile range, and the values beyond as dots.
     */
    private XYChart boxes(String title, BoxData d) {
        XYChart c = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(d.xTitle()).yAxisTitle(d.yTitle()).build();
        style(c.getStyler());
        c.getStyler().setLegendVisible(false);
        c.getStyler().setYAxisDecimalPattern("#,##0.###");
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        c.getStyler().setMarkerSize(6);
        int n = d.groups().size();
        int fit = Math.max(6, (int) ((width - 160.0) / Math.max(1, n) / 7.5));
        List<String> names = Labels.shorten(d.groups(), Math.min(MAX_LABEL, fit));
        c.getStyler().setXAxisMin(-0.6);
        c.getStyler().setXAxisMax(Math.max(0, n - 1) + 0.6);
        c.getStyler().setXAxisTickMarkSpacingHint(Math.max(4, (int) ((width - 160) * 0.95 / (n + 0.2))));
        c.setCustomXAxisTickLabelsFormatter(v -> groupLabel(v, names));
        double w = 0.3;
        for (int g = 0; g < n; g++) {
            double[] v = Arrays.stream(d.values().get(g)).filter(x -> !Double.isNaN(x)).sorted().toArray();
            Color col = color(d.colors()[g]);
            if (v.length == 0) {
                continue;
            }
            org.apache.commons.math3.stat.descriptive.rank.Percentile pc =
                    new org.apache.commons.math3.stat.descriptive.rank.Percentile();
            pc.setData(v);
            double q1 = pc.evaluate(25);
            double med = pc.evaluate(50);
            double q3 = pc.evaluate(75);
            double iqr = q3 - q1;
            double lo = Arrays.stream(v).filter(x -> x >= q1 - 1.5 * iqr).min().orElse(q1);
            double hi = Arrays.stream(v).filter(x -> x <= q3 + 1.5 * iqr).max().orElse(q3);
            line(c, "box " + g, new double[] {g - w, g + w, g + w, g - w, g - w}, new double[] {q1, q1, q3, q3, q1},
                    col, 2.5f);
            line(c, "median " + g, new double[] {g - w, g + w}, new double[] {med, med}, Color.BLACK, 2.5f);
            line(c, "whisker low " + g, new double[] {g, g}, new double[] {lo, q1}, col,
                    1.5f);
            line(c, "whisker high " + g, new double[] {g, g}, new double[] {q3, hi}, col, 1.5f);
            line(c, "cap low " + g, new double[] {g - w / 2, g + w / 2}, new double[] {lo, lo}, col, 1.5f);
            line(c, "cap high " + g, new double[] {g - w / 2, g + w / 2}, new double[] {hi, hi}, col, 1.5f);
            double[] out = Arrays.stream(v).filter(x -> x < lo || x > hi).toArray();
            if (out.length > 0) {
                double[] xs = new double[out.length];
                Arrays.fill(xs, g);
                XYSeries o = c.addSeries("beyond " + g, xs, out);
                o.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                o.setMarker(SeriesMarkers.CIRCLE);
                o.setMarkerColor(withAlpha(col, 170));
            }
        }
        if (c.getSeriesMap().isEmpty()) {
            XYSeries none = c.addSeries("none", new double[] {0}, new double[] {0});
            none.setMarker(SeriesMarkers.NONE);
        }
        return c;
    }

    private static void line(XYChart c, String name, double[] x, double[] y, Color col, float stroke) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(col);
        s.setLineStyle(new BasicStroke(stroke));
    }

    /** The label of a tick on a box chart's group axis: the group's name at an integer tick, else distinct blanks. */
    static String groupLabel(double v, List<String> names) {
        long r = Math.round(v);
        if (Math.abs(v - r) < 1e-6 && r >= 0 && r < names.size()) {
            return names.get((int) r);
        }
        return " ".repeat((int) Math.max(1, Math.round((v + 1) * 4) + 1));
    }

    private HeatMapChart heat(String title, HeatData d) {
        HeatMapChart c = new HeatMapChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(d.xTitle()).yAxisTitle(d.yTitle()).build();
        style(c.getStyler());
        c.getStyler().setRangeColors(Palette.sequential());
        c.getStyler().setShowValue(true);
        c.getStyler().setValueFont(TICKS);
        c.getStyler().setHeatMapValueDecimalPattern("#,##0.##");
        java.text.DecimalFormat legendFormat = new java.text.DecimalFormat("#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        c.getStyler().setHeatMapDecimalValueFormatter(legendFormat::format);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setLegendVisible(true);
        List<String> xs = Labels.shorten(d.xs(), MAX_LABEL);
        c.getStyler().setXAxisLabelRotation(rotation(xs, width - 200));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<Number[]> cells = new ArrayList<>();
        int rows = d.ys().size();
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < d.xs().size(); x++) {
                double v = d.values()[y][x];
                if (!Double.isNaN(v)) {
                    // XChart draws the first row at the bottom; reverse so the data's first row is on top
                    cells.add(new Number[] {x, rows - 1 - y, v});
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (cells.isEmpty()) {
            min = 0;
            max = 1;
        }
        c.getStyler().setMin(Math.min(0, min));
        // a round upper end keeps the colour legend readable (3.06042 → 3.1)
        double top = max > min ? new java.math.BigDecimal(max).round(new java.math.MathContext(2,
                java.math.RoundingMode.CEILING)).doubleValue() : min + 1;
        c.getStyler().setMax(top);
        List<String> ys = new ArrayList<>(Labels.shorten(d.ys(), 32));
        java.util.Collections.reverse(ys);
        c.addSeries(d.valueTitle(), xs, ys, cells);
        return c;
    }

    private XYChart xy(String title, XYData d) {
        XYChart c = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(d.xTitle()).yAxisTitle(d.yTitle()).build();
        style(c.getStyler());
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setDefaultSeriesRenderStyle(d.lines() ? XYSeries.XYSeriesRenderStyle.Line
                : XYSeries.XYSeriesRenderStyle.Scatter);
        c.getStyler().setMarkerSize(d.lines() ? 7 : 9);
        c.getStyler().setYAxisDecimalPattern("#,##0.###");
        if (d.dates()) {
            c.getStyler().setDatePattern(d.xTitle().equals("Year") ? "yyyy"
                    : d.xTitle().startsWith("Week") ? "yyyy-MM-dd" : "yyyy-MM");
            c.getStyler().setTimezone(java.util.TimeZone.getTimeZone("UTC"));
            c.getStyler().setLocale(java.util.Locale.ROOT);
        } else {
            c.getStyler().setXAxisDecimalPattern("#,##0.###");
        }
        List<String> names = Labels.shorten(d.series().stream().map(XYData.Series::name).toList(), 28);
        for (int i = 0; i < d.series().size(); i++) {
            XYData.Series s = d.series().get(i);
            XYSeries xs;
            if (d.dates()) {
                List<Date> x = new ArrayList<>();
                for (double v : s.x()) {
                    x.add(Date.from(LocalDate.ofEpochDay((long) v).atStartOfDay().toInstant(ZoneOffset.UTC)));
                }
                xs = c.addSeries(names.get(i), x, box(s.y()));
            } else {
                xs = c.addSeries(names.get(i), s.x(), s.y());
            }
            Color col = s.color() == XYData.AUTO_COLOR ? Palette.color(i) : color(s.color());
            xs.setMarkerColor(d.lines() ? col : withAlpha(col, 200));
            xs.setLineColor(d.lines() ? withAlpha(col, 200) : col);
            xs.setMarker(MARKERS[i % MARKERS.length]);
            if (d.lines()) {
                xs.setLineStyle(new BasicStroke(2f));
            }
        }
        return c;
    }

    /** A palette colour by index; -1 (or any negative index) is the grey of "other outlets". */
    static Color color(int index) {
        return index < 0 ? Palette.OTHER : Palette.color(index);
    }

    /**
     * Horizontal dot-and-whisker plot: categories from the top down, their names flat on the vertical axis, a dot
     * at the value and a whisker over the interval.
     */
    private XYChart dots(String title, DotData d) {
        XYChart c = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(d.valueTitle()).yAxisTitle(d.categoryTitle()).build();
        style(c.getStyler());
        int n = d.categories().size();
        List<String> names = Labels.shorten(d.categories(), MAX_LABEL);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setPlotGridHorizontalLinesVisible(false);
        c.getStyler().setXAxisDecimalPattern("#,##0.###");
        c.getStyler().setMarkerSize(11);
        c.getStyler().setYAxisMin(-0.6);
        c.getStyler().setYAxisMax(Math.max(0, n - 1) + 0.6);
        // a tick step of about one row, so that every row gets its label (plot height about height - 130)
        c.getStyler().setYAxisTickMarkSpacingHint(Math.max(4, (int) ((height - 130) * 0.95 / (n + 0.2))));
        c.setCustomYAxisTickLabelsFormatter(v -> dotRowLabel(v, names));
        c.getStyler().setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (double v : new double[] {d.values()[i], d.low()[i], d.high()[i]}) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double y = n - 1 - i;
            Color col = color(d.colors()[i]);
            if (!Double.isNaN(d.low()[i]) && !Double.isNaN(d.high()[i])) {
                XYSeries w = c.addSeries("interval " + i, new double[] {d.low()[i], d.high()[i]}, new double[] {y, y});
                w.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                w.setMarker(SeriesMarkers.NONE);
                w.setLineColor(Color.DARK_GRAY);
                w.setLineStyle(new BasicStroke(2f));
            }
            // a category without a value keeps its row (and label), with nothing drawn
            double x = Double.isNaN(d.values()[i]) ? (lo <= hi ? lo : 0) : d.values()[i];
            XYSeries dot = c.addSeries("value " + i, new double[] {x}, new double[] {y});
            dot.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            dot.setMarker(Double.isNaN(d.values()[i]) ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            dot.setMarkerColor(col);
        }
        return c;
    }

    /**
     * The label of a tick on a dot chart's row axis: the name of the row at an integer tick (row 0 at the top), else
     * blanks, distinct from tick to tick (XChart gives up on an axis whose labels repeat) and narrow.
     */
    static String dotRowLabel(double v, List<String> names) {
        int n = names.size();
        long r = Math.round(v);
        int row = (int) (n - 1 - r);
        if (Math.abs(v - r) < 1e-6 && row >= 0 && row < n) {
            return names.get(row);
        }
        return " ".repeat((int) Math.max(1, Math.round((v + 1) * 4) + 1));
    }

    /**
     * A time series on a category axis of periods (each point at its period's label): gaps left open, a partial
     * last period drawn with a hollow marker joined by a dashed line.
     */
    private CategoryChart time(String title, TimeData d) {
        CategoryChart c = new CategoryChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(d.xTitle()).yAxisTitle(d.yTitle()).build();
        style(c.getStyler());
        c.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setLegendVisible(true);
        c.getStyler().setMarkerSize(8);
        c.getStyler().setYAxisDecimalPattern("#,##0.###");
        c.getStyler().setOverlapped(true);
        List<String> periods = tickLabels(d, Math.max(2, (width - 300) / (Labels.longest(d.periods()) * 8 + 16)));
        c.getStyler().setXAxisLabelRotation(0);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        double min = d.series().stream().flatMapToDouble(x -> Arrays.stream(x.values())).filter(v -> !Double.isNaN(v))
                .min().orElse(0);
        double max = d.series().stream().flatMapToDouble(x -> Arrays.stream(x.values())).filter(v -> !Double.isNaN(v))
                .max().orElse(1);
        if (min >= 0) {
            c.getStyler().setYAxisMin(0.0); // counts and shares from zero (also keeps a flat line drawn)
        }
        if (d.yTitle().startsWith("%")) {
            c.getStyler().setYAxisMax(100.0);
        } else if (!(max > min)) {
            c.getStyler().setYAxisMax(max == 0 ? 1 : max * 1.1 + (max < 0 ? -2 * max * 0.1 : 0));
        }
        List<String> names = Labels.shorten(d.series().stream().map(TimeData.Series::name).toList(), 28);
        int last = periods.size() - 1;
        boolean partial = d.partialLast() && last >= 0;
        // grey "other outlets" first, underneath the coloured lines
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < d.series().size(); i++) {
                if ((d.series().get(i).color() < 0) == (pass == 0)) {
                    order.add(i);
                }
            }
        }
        for (int i : order) {
            TimeData.Series s = d.series().get(i);
            Color col = color(s.color());
            org.knowm.xchart.style.markers.Marker marker = s.color() < 0 ? SeriesMarkers.CIRCLE
                    : MARKERS[Math.floorMod(s.color(), MARKERS.length)];
            double[] main = s.values().clone();
            if (partial) {
                main[last] = Double.NaN;
            }
            CategorySeries cs = c.addSeries(names.get(i), periods, box(main));
            cs.setLineColor(withAlpha(col, s.banded() ? 0 : 210)); // banded: dots here, the smoothed line below
            cs.setMarkerColor(col);
            cs.setMarker(marker);
            cs.setLineStyle(new BasicStroke(2f));
            double[] line = s.banded() ? s.smooth() : s.values();
            if (s.banded()) {
                for (double[] bound : new double[][] {s.low(), s.high()}) {
                    // a measure that is never negative: its interval drawn from 0 (the axis starts there)
                    double[] drawn = min >= 0 ? Arrays.stream(bound).map(v -> v < 0 ? 0 : v).toArray() : bound;
                    CategorySeries b = c.addSeries(names.get(i) + (bound == s.low() ? " (low)" : " (high)"), periods,
                            box(drawn));
                    b.setLineColor(withAlpha(col, 70));
                    b.setLineStyle(new BasicStroke(0.8f));
                    b.setMarker(SeriesMarkers.NONE);
                    b.setShowInLegend(false);
                }
                double[] smooth = s.smooth().clone();
                if (partial) {
                    smooth[last] = Double.NaN;
                }
                CategorySeries sm = c.addSeries(names.get(i) + " (smoothed)", periods, box(smooth));
                sm.setLineColor(withAlpha(col, 230));
                sm.setLineStyle(new BasicStroke(2.5f));
                sm.setMarker(SeriesMarkers.NONE);
                sm.setShowInLegend(false);
            }
            if (partial && !Double.isNaN(s.values()[last])) {
                double[] tail = new double[periods.size()];
                Arrays.fill(tail, Double.NaN);
                tail[last] = line[last];
                if (last > 0) {
                    tail[last - 1] = line[last - 1];
                }
                CategorySeries dash = c.addSeries(names.get(i) + " (partial)", periods, box(tail));
                dash.setLineColor(withAlpha(col, 210));
                dash.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {5f, 4f}, 0f));
                dash.setMarker(SeriesMarkers.NONE);
                dash.setShowInLegend(false);
                double[] end = new double[periods.size()];
                Arrays.fill(end, Double.NaN);
                end[last] = s.values()[last];
                // hollow: the outlet's colour, then a smaller white marker on top
                CategorySeries ring = c.addSeries(names.get(i) + " (partial, end)", periods, box(end));
                ring.setMarker(SeriesMarkers.CIRCLE);
                ring.setMarkerColor(col);
                ring.setLineColor(withAlpha(col, 0));
                ring.setShowInLegend(false);
                CategorySeries hole = c.addSeries(names.get(i) + " (partial, hole)", periods, box(end));
                hole.setMarker(new SmallCircle());
                hole.setMarkerColor(Color.WHITE);
                hole.setLineColor(withAlpha(col, 0));
                hole.setShowInLegend(false);
            }
        }
        return c;
    }

    /**
     * The period axis' labels: every period's own label when they fit, else those of every k-th period on the
     * calendar (k from 1, 2, 5, 10 years; 1, 2, 4, 8 quarters; 1, 2, 3, 6, 12 months; 1, 2, 4, 13, 26, 52 weeks), so
     * that quarters are labelled at Q1 and months at January; the other periods get distinct blanks (XChart needs
     * distinct categories).
     */
    static List<String> tickLabels(TimeData d, int fit) {
        List<String> periods = d.periods();
        if (periods.size() <= fit || periods.isEmpty()) {
            return periods;
        }
        String first = periods.get(0);
        int[] steps;
        java.util.function.ToLongFunction<LocalDate> seq;
        if (first.contains("-W")) {
            steps = new int[] {1, 2, 4, 13, 26, 52, 104, 260, 520};
            seq = s -> Math.floorDiv(s.toEpochDay() - 4, 7); // weeks since Monday 1970-01-05
        } else if (first.contains("-Q")) {
            steps = new int[] {1, 2, 4, 8, 20, 40, 80};
            seq = s -> s.getYear() * 4L + (s.getMonthValue() - 1) / 3;
        } else if (first.length() == 7) {
            steps = new int[] {1, 2, 3, 6, 12, 24, 60, 120, 240};
            seq = s -> s.getYear() * 12L + s.getMonthValue() - 1;
        } else {
            steps = new int[] {1, 2, 5, 10, 20, 50, 100};
            seq = s -> s.getYear();
        }
        int step = steps[steps.length - 1];
        for (int k : steps) {
            long shown = d.starts().stream().filter(s -> seq.applyAsLong(s) % k == 0).count();
            if (shown <= fit) {
                step = k;
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            out.add(seq.applyAsLong(d.starts().get(p)) % step == 0 ? periods.get(p) : " ".repeat(p + 1));
        }
        return out;
    }

    /** A circle at half the marker size (the hole of a hollow marker). */
    static final class SmallCircle extends org.knowm.xchart.style.markers.Marker {
        @Override
        public void paint(java.awt.Graphics2D g, double xOffset, double yOffset, int markerSize) {
            g.setStroke(new BasicStroke(0f));
            double r = markerSize / 4.0;
            g.fill(new java.awt.geom.Ellipse2D.Double(xOffset - r, yOffset - r, 2 * r, 2 * r));
        }
    }

    private static final org.knowm.xchart.style.markers.Marker[] MARKERS = {SeriesMarkers.CIRCLE,
            SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN,
            SeriesMarkers.CROSS, SeriesMarkers.OVAL, SeriesMarkers.RECTANGLE};

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
