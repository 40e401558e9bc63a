package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.core.ConfigException;

class LabelledDataTest {

    private static LabelledRow row(int line, String label) {
        return new LabelledRow("id" + line, "labels.jsonl", "line " + line, "", new double[0], "", label);
    }

    @Test
    void valueOutsideTheAllowedClassesNamesFileRecordAndValue() {
        List<LabelledRow> rows = List.of(row(1, "economic"), row(2, "econ"));
        ConfigException e = assertThrows(ConfigException.class, () -> LabelledData.read(rows.stream(),
                new LabelledData.Options("frame", List.of("conflict", "economic", "human_interest", "moral",
                        "resolution"), null, false, false)));
        assertEquals("labels.jsonl line 2: label 'econ' not in [conflict, economic, human_interest, moral, resolution]",
                e.getMessage());
    }

    @Test
    void emptyLabelIsAnErrorUnlessSkipped() {
        List<LabelledRow> rows = List.of(row(1, "high"), row(2, " "), row(3, "low"), row(4, null));
        ConfigException e = assertThrows(ConfigException.class,
                () -> LabelledData.read(rows.stream(), LabelledData.Options.infer("reliability")));
        assertEquals("labels.jsonl line 2: empty label in field 'reliability' (expected one of [high, low]; "
                + "use --skip-unlabelled to skip rows without a label)", e.getMessage());

        LabelledData d = LabelledData.read(rows.stream(),
                new LabelledData.Options("reliability", null, null, true, null));
        assertEquals(2, d.size());
        assertEquals(List.of(new LabelledData.Skipped("id2", "labels.jsonl line 2", "no label in field 'reliability'"),
                new LabelledData.Skipped("id4", "labels.jsonl line 4", "no label in field 'reliability'")), d.skipped());
        assertEquals(Map.of("high", 1, "low", 1), d.labelCounts());
        assertFalse(d.scheme().multiLabel());
    }

    @Test
    void aFieldNoRowHasIsNamedAsPossiblyMisspelt() {
        List<LabelledRow> rows = List.of(row(1, null), row(2, " "));
        for (boolean skip : new boolean[] {false, true}) {
            ConfigException e = assertThrows(ConfigException.class, () -> LabelledData.read(rows.stream(),
                    new LabelledData.Options("frame", null, null, skip, null)));
            assertEquals("no row has a label in field 'frame' (2 rows read, the first labels.jsonl line 1): is the "
                    + "field named so in the data? (--label names a JSONL/CSV field or a _metadata.csv column)",
                    e.getMessage());
        }
    }

    @Test
    void jsonArraysAndDelimitedValuesAreMultiLabel() {
        List<LabelledRow> rows = List.of(row(1, "[\"moral\",\"conflict\"]"), row(2, "economic; conflict"), row(3, "[]"));
        LabelledData d = LabelledData.read(rows.stream(), LabelledData.Options.infer("frames"));
        assertTrue(d.scheme().multiLabel());
        assertEquals(List.of("conflict", "economic", "moral"), d.scheme().labels());
        assertEquals(List.of(List.of("conflict", "moral"), List.of("conflict", "economic"), List.of()), d.labels());
    }

    @Test
    void emptyValueInsideAMultiLabelIsAnError() {
        List<LabelledRow> rows = List.of(row(1, "a;b"), row(2, "a;;b"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> LabelledData.read(rows.stream(), LabelledData.Options.infer("frames")));
        assertEquals("labels.jsonl line 2: empty value in label 'a;;b' (field 'frames')", e.getMessage());
    }

    @Test
    void singleClassIsAnError() {
        List<LabelledRow> rows = List.of(row(1, "high"), row(2, "high"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> LabelledData.read(rows.stream(), LabelledData.Options.infer("reliability")));
        assertEquals("label field 'reliability': found only the class 'high' in 2 rows; need at least two classes",
                e.getMessage());
    }

    @Test
    void evaluationDataIsCheckedAgainstTheModelScheme() {
        LabelScheme scheme = new LabelScheme(false, List.of("fake", "real"), null);
        ConfigException e = assertThrows(ConfigException.class, () -> LabelledData.read(
                List.of(row(1, "real"), row(2, "Fake")).stream(), scheme, "label", false));
        assertEquals("labels.jsonl line 2: label 'Fake' not in [fake, real]", e.getMessage());
    }
}
