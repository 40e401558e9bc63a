package org.presslens.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shortens long category names (outlets, terms) for chart axes; full names stay in the chart's CSV. */
public final class Labels {
    private Labels() {
    }

    /**
     * Names cut to at most {@code max} characters at a word boundary where possible, with "…". Shortened names that collide get a number appended.
     */
    public static List<String> shorten(List<String> names, int max) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            String s = shorten(n, max);
            String u = s;
            for (int k = 2; !seen.add(u); k++) {
                u = s + " (" + k + ")";
            }
            out.add(u);
        }
        return out;
    }

    /** One name shortened to at most {@code max} characters. */
    public static String shorten(String name, int max) {
        String s = name.strip();
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return s.substring(0, cut).strip() + "…";
    }

    /** Longest name's length. */
    public static int longest(List<String> names) {
        return names.stream().mapToInt(String::length).max().orElse(0);
    }
}
