package org.presslens.run;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats numbers for CSV output: locale-independent, at most 6 significant digits, empty for NaN. */
public final class Numbers {
    private static final MathContext SIX = new MathContext(6);

    private Numbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(SIX).stripTrailingZeros().toPlainString();
    }
}
