package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OutletCapTest {
    private static LabelledData data(List<LabelledRow> rows) {
        List<List<String>> labels = rows.stream().map(r -> List.of(r.label())).toList();
        return LabelledData.of(rows, labels, new LabelScheme(false, List.of("a", "b"), ";"));
    }

    private static List<LabelledRow> rows() {
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(new LabelledRow("big-" + i, "", "", "Big", new double[] {i}, "", i % 2 == 0 ? "a" : "b"));
        }
        for (int i = 0; i < 4; i++) {
            rows.add(new LabelledRow("small-" + i, "", "", "Small", new double[] {i}, "", "a"));
        }
        for (int i = 0; i < 3; i++) {
            rows.add(new LabelledRow("none-" + i, "", "", "", new double[] {i}, "", "b"));
        }
        return rows;
    }

    private static Map<String, Integer> perOutlet(LabelledData d) {
        Map<String, Integer> n = new TreeMap<>();
        d.rows().forEach(r -> n.merge(r.outlet(), 1, Integer::sum));
        return n;
    }

    @Test
    void capsLargeOutletsOnlyAndKeepsRowsWithoutOutlet() {
        LabelledData capped = OutletCap.apply(data(rows()), 10, 1);
        assertEquals(Map.of("", 3, "Big", 10, "Small", 4), perOutlet(capped));
        for (int i = 0; i < capped.size(); i++) {
            assertEquals(capped.rows().get(i).label(), capped.labels().get(i).get(0), "labels stay with their rows");
        }
    }

    @Test
    void choiceIsIndependentOfRowOrderAndKeepsInputOrder() {
        List<LabelledRow> rows = rows();
        List<String> first = OutletCap.apply(data(rows), 10, 7).rows().stream().map(LabelledRow::id).sorted().toList();
        List<LabelledRow> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new java.util.Random(3));
        LabelledData again = OutletCap.apply(data(shuffled), 10, 7);
        assertEquals(first, again.rows().stream().map(LabelledRow::id).sorted().toList());
        List<Integer> positions = again.rows().stream().map(shuffled::indexOf).toList();
        List<Integer> sorted = new ArrayList<>(positions);
        Collections.sort(sorted);
        assertEquals(sorted, positions, "kept rows stay in input order");
        List<String> otherSeed = OutletCap.apply(data(rows), 10, 8).rows().stream().map(LabelledRow::id).sorted()
                .toList();
        assertTrue(!first.equals(otherSeed), "another seed chooses other rows");
    }

    @Test
    void zeroOrAHighCapLeavesTheDataAsItIs() {
        LabelledData d = data(rows());
        assertSame(d, OutletCap.apply(d, 0, 1));
        assertSame(d, OutletCap.apply(d, 50, 1));
    }

    @Test
    void outletLevelLabelsAreThoseConstantWithinEveryOutlet() {
        List<LabelledRow> rated = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rated.add(new LabelledRow("r" + i, "", "", i < 3 ? "A" : "B", new double[] {i}, "", i < 3 ? "a" : "b"));
        }
        assertTrue(OutletCap.outletLevelLabels(data(rated)));
        assertEquals(OutletCap.DEFAULT_FOR_OUTLET_LABELS, OutletCap.defaultFor(data(rated)));
        assertTrue(!OutletCap.outletLevelLabels(data(rows())), "Big has both labels: article-level labels");
        assertEquals(0, OutletCap.defaultFor(data(rows())));
        List<LabelledRow> singles = rated.stream().map(r -> new LabelledRow(r.id(), "", "", r.id(), r.features(), "",
                r.label())).toList();
        assertTrue(!OutletCap.outletLevelLabels(data(singles)), "one article per outlet says nothing");
        List<LabelledRow> nearly = new ArrayList<>();
        for (int i = 0; i < 40; i++) { // one exception in 40 rows: a second domain rated otherwise
            nearly.add(new LabelledRow("n" + i, "", "", i < 20 ? "A" : "B", new double[] {i}, "",
                    i < 20 ? (i == 0 ? "b" : "a") : "b"));
        }
        assertTrue(OutletCap.outletLevelLabels(data(nearly)));
    }
}
