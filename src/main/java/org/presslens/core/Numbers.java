package org.presslens.core;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats numbers for CSV and HTML output: deterministic, locale-free, six significant digits. */
public final class Numbers {
    private static final MathContext SIX = new MathContext(6);

    private Numbers() {
    }

    /**
     * NaN → empty; whole numbers without decimals; others rounded to 6 significant digits, plain notation
     * from 0.0001 upwards and scientific ({@code 1.2E-7}) below.
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(v).round(SIX).stripTrailingZeros();
        return Math.abs(v) >= 1e-4 ? d.toPlainString() : d.toString();
    }

    /** Rounded to a number of decimals (for tables meant to be read), NaN → empty. */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v > 0 && v < 1e15 && decimals >= 0) {
            // what %.Nf prints (Formatter rounds Double.toString's digits half up), without parsing a format per
            // call: evidence rows print a score each
            return new BigDecimal(Double.toString(v)).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A p-value for reading: {@code < 0.0001} below that, else 4 decimals; NaN → empty. */
    public static String p(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 1e-4 ? "< 0.0001" : fixed(p, 4);
    }
}
