package org.presslens.charts;

import java.util.List;

/** The data of a chart, in a form that is both rendered and written as CSV. */
public sealed interface ChartData permits BarData, BoxData, DotData, HeatData, TimeData, XYData {
    /** Header of the chart's CSV. */
    List<String> csvHeader();

    /** Rows of the chart's CSV: exactly the plotted values. */
    List<List<String>> csvRows();
}
