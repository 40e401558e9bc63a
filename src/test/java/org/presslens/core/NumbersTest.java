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
}
