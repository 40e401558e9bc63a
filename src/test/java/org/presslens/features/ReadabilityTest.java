package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void syllableCounterRules() {
        assertEquals(1, Readability.syllables("the"));
        assertEquals(1, Readability.syllables("make"));     // silent e
        assertEquals(2, Readability.syllables("table"));    // consonant + le keeps its syllable
        assertEquals(1, Readability.syllables("whole"));
        assertEquals(2, Readability.syllables("agree"));
        assertEquals(1, Readability.syllables("jumped"));   // -ed after p is silent
        assertEquals(2, Readability.syllables("wanted"));   // -ed after t is not
        assertEquals(1, Readability.syllables("played"));
        assertEquals(1, Readability.syllables("makes"));    // -es silent
        assertEquals(2, Readability.syllables("boxes"));    // -es after x is not
        assertEquals(1, Readability.syllables("yes"));      // initial y is a consonant
        assertEquals(2, Readability.syllables("Russia's")); // u, ia: two vowel groups
        assertEquals(4, Readability.syllables("diplomatic"));
        assertEquals(0, Readability.syllables("2024"));
        assertEquals(1, Readability.syllables("rhythm"));   // one vowel group (spoken: 2) - a known limit
    }

    @Test
    void fleschKincaidOnAWorkedExample() {
        // "The cat sat on the mat. The dog ran." 9 words, 2 sentences, 9 syllables
        double fk = Readability.fleschKincaidGrade(9, 2, 9);
        assertEquals(0.39 * 4.5 + 11.8 * 1.0 - 15.59, fk, 1e-12);
        assertEquals(-2.035, fk, 1e-12);
        assertTrue(Double.isNaN(Readability.fleschKincaidGrade(0, 0, 0)));
    }

    @Test
    void mtldOnWorkedExamples() {
        // forward: a b a -> TTR 2/3 = 0.667 <= 0.72 closes a factor; "b" remains with TTR 1 (partial 0) -> 4/1
        assertEquals(4.0, Readability.mtld(List.of("a", "b", "a", "b")), 1e-12);
        // a a: TTR 0.5 closes a factor at the 2nd token, "a" remains -> forward 3/1; backward the same
        assertEquals(3.0, Readability.mtld(List.of("a", "a", "a")), 1e-12);
        // forward: a b c d a -> TTR 4/5 = 0.8 ends the text as a partial factor (1-0.8)/(0.28) = 0.714285...
        double partial = (1 - 0.8) / (1 - 0.72);
        assertEquals(5 / partial, Readability.mtld(List.of("a", "b", "c", "d", "a")), 1e-9);
        assertTrue(Double.isNaN(Readability.mtld(List.of("x", "y", "z"))));
        assertTrue(Double.isNaN(Readability.mtld(List.of())));
    }
}
