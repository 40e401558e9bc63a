package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link RowSource} meets; an implementation's test extends this class and supplies the
 * source. Input: a JSONL file written here (three articles, one without a label).
 */
abstract class RowSourceContract {
    @TempDir
    Path tmp;

    abstract RowSource source();

    private Path corpus() throws Exception {
        Path f = tmp.resolve("contract.jsonl");
        Files.writeString(f, ""
                + "{\"id\":\"c1\",\"outlet\":\"North Post\",\"title\":\"Harbour reopens\",\"text\":\"The harbour reopened on Monday, "
                + "officials said. Ferries resumed their routes.\",\"stance\":\"neutral\"}\n"
                + "{\"id\":\"c2\",\"outlet\":\"South Ledger\",\"title\":\"Council vote\",\"text\":\"The council may vote again, "
                + "a spokesperson said.\",\"stance\":\"critical\"}\n"
                + "{\"id\":\"c3\",\"outlet\":\"North Post\",\"title\":\"Weather\",\"text\":\"Rain is expected.\"}\n",
                StandardCharsets.UTF_8);
        return f;
    }

    private List<LabelledRow> read(String label) throws Exception {
        try (Stream<LabelledRow> s = source().rows(List.of(corpus()), label, "outlet")) {
            return s.collect(Collectors.toList());
        }
    }

    @Test
    void rowsFollowTheInputWithLabelsOutletsAndWhere() throws Exception {
        List<LabelledRow> rows = read("stance");
        assertEquals(List.of("c1", "c2", "c3"), rows.stream().map(LabelledRow::id).toList());
        assertEquals("neutral", rows.get(0).label());
        assertEquals("critical", rows.get(1).label());
        assertNull(rows.get(2).label());
        assertEquals("North Post", rows.get(0).outlet());
        for (LabelledRow r : rows) {
            assertTrue(r.where().contains("contract.jsonl"), r.where());
            assertFalse(r.text().isBlank());
        }
    }

    @Test
    void featureValuesMatchTheFeatureNamesAndTheHashIsStable() throws Exception {
        List<String> names = source().featureNames();
        for (LabelledRow r : read("stance")) {
            assertEquals(names.size(), r.features().length, r.where());
        }
        assertEquals(source().featureSetHash(), source().featureSetHash());
        assertEquals(names.size(), names.stream().distinct().count(), "feature names must be unique");
    }

    @Test
    void withoutALabelFieldRowsHaveNoLabel() throws Exception {
        for (LabelledRow r : read(null)) {
            assertNull(r.label());
        }
    }
}
