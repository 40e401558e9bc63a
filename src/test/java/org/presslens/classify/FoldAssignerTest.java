package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presslens.core.ConfigException;

class FoldAssignerTest {

    @Test
    void groupedFoldsNeverSplitAnOutlet() {
        Random r = new Random(7);
        List<String> groups = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int outlet = (int) Math.floor(Math.abs(r.nextGaussian()) * 12); // uneven outlet sizes
            groups.add("outlet" + outlet);
            labels.add(List.of(outlet % 3 == 0 ? "high" : "low"));
        }
        int[] folds = new FoldAssigner(5, 3).assign(groups, labels);
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < folds.length; i++) {
            Integer prev = foldOf.putIfAbsent(groups.get(i), folds[i]);
            assertTrue(prev == null || prev == folds[i], "outlet " + groups.get(i) + " in folds " + prev + " and " + folds[i]);
        }
        int[] sizes = new int[5];
        for (int f : folds) {
            sizes[f]++;
        }
        for (int s : sizes) {
            assertTrue(s > 0, "empty fold");
        }
    }

    @Test
    void ungroupedRowsAreStratified() {
        List<String> groups = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        String[] classes = {"a", "b", "c"};
        int[] counts = {53, 21, 7};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < counts[c]; i++) {
                groups.add("");
                labels.add(List.of(classes[c]));
            }
        }
        int[] folds = new FoldAssigner(5, 11).assign(groups, labels);
        for (int c = 0; c < 3; c++) {
            int[] perFold = new int[5];
            for (int i = 0; i < folds.length; i++) {
                if (labels.get(i).get(0).equals(classes[c])) {
                    perFold[folds[i]]++;
                }
            }
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int v : perFold) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            assertTrue(max - min <= 1, classes[c] + " per fold " + java.util.Arrays.toString(perFold));
            assertEquals(counts[c] / 5, min);
        }
    }

    @Test
    void sameSeedSameFolds() {
        List<String> groups = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            groups.add("g" + (i % 13));
            labels.add(List.of(i % 2 == 0 ? "x" : "y"));
        }
        assertArrayEquals(new FoldAssigner(4, 5).assign(groups, labels), new FoldAssigner(4, 5).assign(groups, labels));
    }

    @Test
    void fewerGroupsThanFoldsIsAnError() {
        List<String> groups = List.of("a", "a", "b", "b");
        List<List<String>> labels = List.of(List.of("x"), List.of("y"), List.of("x"), List.of("y"));
        ConfigException e = assertThrows(ConfigException.class, () -> new FoldAssigner(3, 1).assign(groups, labels));
        assertEquals("cross-validation: 2 groups (outlets) for 3 folds; need at least as many groups as folds "
                + "(use fewer --folds)", e.getMessage());
    }
}
