package org.presslens.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {
    private final Dates dates = new Dates();

    private String find(String s) {
        return dates.find(s).map(f -> f.date().toString()).orElse("");
    }

    @Test
    void isoNumericAndVerbalForms() {
        assertEquals("2024-12-27", find("date 2024-12-27 Left Menu"));
        assertEquals("2023-03-21", find("on 2023-03-21T05:02:21.739Z"));
        assertEquals("2024-12-27", find("Updated: 27-12-2024 14:29 IST"));
        assertEquals("2024-12-27", find("12/27/2024"));
        assertEquals("2024-12-27", find("27.12.2024"));
        assertEquals("2024-07-16", find("Tuesday, July 16, 2024"));
        assertEquals("2024-07-16", find("16 July 2024"));
        assertEquals("2024-07-16", find("16th of July, 2024"));
        assertEquals("2024-12-03", find("Dec. 3, 2024"));
        assertEquals("2024-09-05", find("Sept 5 2024"));
        assertEquals("2024-05-05", find("05/05/2024"));
    }

    @Test
    void partialAmbiguousAndImpossibleDatesAreNotDates() {
        assertEquals("", find("in May 2024"));
        assertEquals("", find("on December 12"));
        assertEquals("", find("03/04/2024"));
        assertEquals("", find("2024-02-30"));
        assertEquals("", find("version 1.2.2024"));
        assertEquals("", find("Mayor 12, 2024"));
        assertEquals("", find("1821-1899"));
    }

    @Test
    void earliestDateWinsAndValuesParse() {
        assertEquals("2024-01-02", find("Created 2 January 2024, updated 2024-01-05"));
        assertEquals(Optional.of(java.time.LocalDate.of(2016, 9, 20)), dates.parseValue(" 2016-09-20T10:00:00Z "));
        assertEquals(Optional.empty(), dates.parseValue("2016"));
    }
}
