package org.presslens.charts;

import java.awt.Color;

/**
 * The Okabe–Ito colour-blind-safe palette, ordered so that the first colours differ most (yellow, the
 * weakest on white, comes late), plus a sequential scale for heat maps (light to dark blue).
 */
public final class Palette {
    private static final Color[] OKABE_ITO = {
            new Color(0x0072B2), // blue
            new Color(0xE69F00), // orange
            new Color(0x009E73), // bluish green
            new Color(0xD55E00), // vermillion
            new Color(0x56B4E9), // sky blue
            new Color(0xCC79A7), // reddish purple
            new Color(0xF0E442), // yellow
            new Color(0x000000), // black
    };
    /** Colour of "everything else" groups. */
    public static final Color OTHER = new Color(0x999999);
    /** Overuse in keyness charts. */
    public static final Color OVER = new Color(0x0072B2);
    /** Underuse in keyness charts. */
    public static final Color UNDER = new Color(0xD55E00);

    private Palette() {
    }

    /** Number of distinct categorical colours. */
    public static int size() {
        return OKABE_ITO.length;
    }

    /** The i-th categorical colour (cycling). */
    public static Color color(int i) {
        return OKABE_ITO[Math.floorMod(i, OKABE_ITO.length)];
    }

    /** The categorical colours for n series. */
    public static Color[] colors(int n) {
        Color[] c = new Color[n];
        for (int i = 0; i < n; i++) {
            c[i] = color(i);
        }
        return c;
    }

    /** Sequential scale for heat maps: white to mid blue, light enough for black cell values. */
    public static Color[] sequential() {
        return new Color[] {new Color(0xF7FBFF), new Color(0xDEEBF7), new Color(0x9ECAE1), new Color(0x6BAED6),
                new Color(0x4292C6)};
    }
}
