package org.presslens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void csvNumbersAreLocaleFreeWithSixSignificantDigits() {
        assertEquals("3", Numbers.format(3.0));
        assertEquals("0.333333", Numbers.format(1.0 / 3));
        assertEquals("12.5", Numbers.format(12.5));
        assertEquals("1234.57", Numbers.format(1234.5678));
        assertEquals("1.23457E-7", Numbers.format(1.234567e-7));
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("Inf", Numbers.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void readableFormsForTables() {
        assertEquals("0.333", Numbers.fixed(1.0 / 3, 3));
        assertEquals("< 0.0001", Numbers.p(0.00001));
        assertEquals("0.0313", Numbers.p(0.03125));
    }

    @Test
    void fixedIsWhatTheFormatterPrints() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, 1e-300, 4.9e-324,
                0.00005, 0.00015, 0.12345, 0.99995, 0.999949999, 1.0, 2.5, 0.5, 1e14 + 0.5, 9.99999e14, 1e15, 123.45645,
                Double.MIN_NORMAL, -0.00001, -1.23456, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        for (int i = 0; i < 200_000; i++) {
            values.add(rnd.nextDouble());
            values.add(rnd.nextInt(100_000) / 100_000.0 + (rnd.nextBoolean() ? 0.000005 : 0)); // ties at the fifth decimal
            values.add(Math.pow(10, rnd.nextInt(30) - 20) * rnd.nextDouble());
        }
        for (double v : values) {
            for (int d : new int[] {0, 1, 2, 4, 6}) {
                assertEquals(String.format(java.util.Locale.ROOT, "%." + d + "f", v), Numbers.fixed(v, d), v + ", " + d);
            }
        }
    }
}
