package org.presslens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void triggersArePrefixedNumbersAndOrdinaryTextAreNot() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("=HYPERLINK(\"http://x.example\",\"y\")", "'=HYPERLINK(\"http://x.example\",\"y\")");
        expected.put("+Plus News", "'+Plus News");
        expected.put("-Fox", "'-Fox");
        expected.put("@Home", "'@Home");
        expected.put("\tTabbed", "'\tTabbed");
        expected.put("\rReturn", "'\rReturn");
        expected.put("-1+A1", "'-1+A1");
        expected.put("-Inf", "'-Inf");
        expected.put("--", "'--");
        expected.put("'=already", "''=already");
        expected.put("''-x", "'''-x");
        for (String plain : List.of("-0.5", "+3", "-12", "1e5", "-1.5E-7", "-.5", "-", "+", "'", "''", "'hello",
                "Fox - News", "a=b", "", "0.25", "2024-03-04", "Daily Ledger")) {
            expected.put(plain, plain);
        }
        expected.forEach((cell, written) -> {
            assertEquals(written, CsvCells.NEUTRALISED.write(cell), cell);
            assertEquals(cell, CsvCells.NEUTRALISED.read(written), written);
            assertEquals(cell, CsvCells.RAW.write(cell));
            assertEquals(written, CsvCells.RAW.read(written));
        });
    }

    @Test
    void everyCombinationOfQuotesTriggersAndTextRoundTrips() {
        List<String> parts = List.of("'", "=", "+", "-", "@", "\t", "1", "a", ".", " ");
        List<String> cells = new ArrayList<>(List.of(""));
        for (int len = 0; len < 4; len++) {
            List<String> next = new ArrayList<>();
            for (String c : cells) {
                for (String p : parts) {
                    next.add(c + p);
                }
            }
            cells.addAll(next);
            cells = new ArrayList<>(new java.util.LinkedHashSet<>(cells));
        }
        for (String c : cells) {
            assertEquals(c, CsvCells.NEUTRALISED.read(CsvCells.NEUTRALISED.write(c)), c);
        }
    }

    @Test
    void csvOutWritesEveryCellThroughTheMode() throws Exception {
        StringWriter w = new StringWriter();
        try (CsvOut out = new CsvOut(w, CsvCells.NEUTRALISED)) {
            out.row("outlet", "mean");
            out.row("=cmd|' /C calc'!A0", -0.5);
            out.row(List.of("-Fox", "", "a,b"));
            out.row((Object) null);
        }
        assertEquals("outlet,mean\n'=cmd|' /C calc'!A0,-0.5\n'-Fox,,\"a,b\"\n\n", w.toString());
        assertEquals(CsvCells.RAW, CsvCells.of(""));
        assertEquals(CsvCells.NEUTRALISED, CsvCells.of("neutralised"));
    }
}
