package org.presslens.stats;

/**
 * One row of {@code tests.csv}.
 *
 * @param test       {@code kruskal_wallis}, {@code mann_whitney}, {@code chi_square} or {@code not_tested}
 * @param measure    feature name, or {@code pred.<model>} (and {@code =<label>} for one label of a multi-label model)
 * @param groupA     first outlet, or {@code all tested outlets} for tests across outlets
 * @param groupB     second outlet of a pair, else empty
 * @param statistic  H, U (of group A) or chi-square
 * @param pHolm      Holm-adjusted p within the family named in the method section (NaN when not adjusted)
 * @param effectName {@code epsilon_squared}, {@code cliffs_delta} or {@code cramers_v}
 * @param note       why a test was not run or a caution (small expected counts)
 */
public record TestRow(String test, String measure, String groupA, String groupB, int nA, int nB,
                      double statistic, double df, double p, double pHolm, String effectName, double effectSize,
                      String note) {
}
