package org.presslens.charts;

/** Image formats a chart is written in (its CSV is always written). */
public enum ChartFormat {
    /** {@code <name>.png} at screen resolution (72 dpi) and {@code <name>-300dpi.png} for print. */
    PNG,
    /** {@code <name>.svg} (text drawn as paths). */
    SVG
}
