package org.presslens.features;

/** Shared arithmetic for feature values. */
public final class Rates {
    private Rates() {
    }

    /** {@code count} per 1,000 words; 0 when there are no words. */
    public static double per1000(double count, int words) {
        return words == 0 ? 0.0 : count * 1000.0 / words;
    }

    /** {@code part / whole}; 0 when {@code whole} is 0. */
    public static double share(double part, double whole) {
        return whole == 0 ? 0.0 : part / whole;
    }
}
