package org.presslens.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.presslens.stats.ArticleTable;

/**
 * The outlets every chart of a run shows, chosen once: the outlets named by {@code --outlets} in their order,
 * else the {@code max} largest by article count (ties by name). Charts by outlet draw exactly these; charts
 * with room add the rest as one grey "other outlets" group. An outlet keeps its colour ({@link #color}) in
 * every chart.
 *
 * @param indices outlet indices into {@link ArticleTable#outlets()}, in display order
 * @param fixed   named on the command line rather than chosen by size
 */
public record OutletSelection(List<Integer> indices, boolean fixed) {
    /** Name of the group of outlets not selected. */
    public static final String OTHER = "other outlets";
    /** Most outlets named in an unknown-outlet message. */
    static final int MAX_NAMED = 40;

    public OutletSelection {
        indices = List.copyOf(indices);
    }

    /**
     * The selection for a table: {@code requested} (exact names, as the run's tables spell them) when not
     * empty, else the {@code max} largest outlets.
     *
     * @throws UnknownOutletsException when a requested name is not an outlet of the run
     */
    public static OutletSelection of(ArticleTable t, List<String> requested, int max) {
        List<String> outlets = t.outlets();
        if (requested != null && !requested.isEmpty()) {
            List<String> unknown = new ArrayList<>();
            LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
            for (String r : requested) {
                int o = outlets.indexOf(r.strip());
                if (o < 0) {
                    unknown.add(r.strip());
                } else {
                    chosen.add(o);
                }
            }
            if (!unknown.isEmpty()) {
                throw new UnknownOutletsException(unknown, byCount(t, outlets.size()).stream().map(outlets::get)
                        .toList());
            }
            return new OutletSelection(new ArrayList<>(chosen), true);
        }
        return new OutletSelection(byCount(t, max), false);
    }

    /** The {@code max} largest outlets, largest first, ties by name. */
    private static List<Integer> byCount(ArticleTable t, int max) {
        int[] sizes = t.outletSizes();
        return IntStream.range(0, sizes.length).boxed()
                .sorted(Comparator.comparingInt((Integer o) -> -sizes[o]).thenComparing(o -> t.outlets().get(o)))
                .limit(Math.max(0, max)).toList();
    }

    /** Whether outlet {@code o} is selected. */
    public boolean contains(int o) {
        return indices.contains(o);
    }

    /** Number of outlets selected. */
    public int size() {
        return indices.size();
    }

    /** The selected outlets' names, in display order. */
    public List<String> names(ArticleTable t) {
        return indices.stream().map(t.outlets()::get).toList();
    }

    /** Position of outlet {@code o} in the selection, -1 when not selected. */
    public int position(int o) {
        return indices.indexOf(o);
    }

    /** Whether some outlet of the table is not selected (an "other outlets" group has members). */
    public boolean hasRest(ArticleTable t) {
        return indices.size() < t.outlets().size();
    }

    /** Parses {@code --outlets A,B,...}: names separated by commas, blanks around them dropped; null = none. */
    public static List<String> parse(String option) {
        if (option == null || option.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : option.split(",")) {
            if (!s.isBlank() && !out.contains(s.strip())) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Unknown outlet names asked for: the message names them and the outlets the run has, largest first. */
    public static final class UnknownOutletsException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnknownOutletsException(List<String> unknown, List<String> known) {
            super(message(unknown, known));
        }

        private static String message(List<String> unknown, List<String> known) {
            String names = String.join(", ", known.subList(0, Math.min(MAX_NAMED, known.size())))
                    + (known.size() > MAX_NAMED ? String.format(Locale.ROOT, " and %d more (see outlets.csv)",
                    known.size() - MAX_NAMED) : "");
            return "--outlets: " + (unknown.size() == 1 ? "no outlet '" + unknown.get(0) + "'"
                    : "no outlets " + unknown.stream().map(u -> "'" + u + "'").toList()) + " in this run; the run has "
                    + known.size() + " outlet" + (known.size() == 1 ? "" : "s") + ": " + names;
        }
    }
}
