package org.presslens.stats;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Rank-based tests between outlets: Kruskal–Wallis H across groups and pairwise Mann–Whitney U, both with
 * the correction for ties (features such as rare framing-term rates are mostly zeros, so ties are the rule),
 * Cliff's delta as effect size, and Holm's step-down correction of p-values.
 *
 * <p>Mann–Whitney is computed here rather than with Commons Math's {@code MannWhitneyUTest}, whose normal
 * approximation has no tie correction (conservative when most values are tied) and whose U loses the
 * direction needed for Cliff's delta. The ranking is Commons Math's {@link NaturalRanking} (average ranks).
 */
public final class RankTests {
    private static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);

    private RankTests() {
    }

    /** Result of a Kruskal–Wallis test: H (tie-corrected), degrees of freedom, p (chi-square), epsilon². */
    public record KruskalWallis(double h, int df, double p, double epsilonSquared, int n) {
    }

    /**
     * Result of a two-sided Mann–Whitney test of a against b: U of a, z (continuity-corrected), p, and
     * Cliff's delta = P(a &gt; b) − P(a &lt; b) = 2U/(n_a n_b) − 1.
     */
    public record MannWhitney(double u, double z, double p, double cliffsDelta) {
    }

    /**
     * Kruskal–Wallis H over groups (NaN-free arrays, each non-empty):
     * H = [12/(N(N+1)) Σ R_i²/n_i − 3(N+1)] / [1 − Σ(t³−t)/(N³−N)], p from chi-square with k−1 df.
     * When all values are tied, H and p are NaN.
     */
    public static KruskalWallis kruskalWallis(List<double[]> groups) {
        int k = groups.size();
        int n = groups.stream().mapToInt(g -> g.length).sum();
        if (k < 2 || groups.stream().anyMatch(g -> g.length == 0)) {
            throw new IllegalArgumentException("Kruskal–Wallis needs at least two non-empty groups");
        }
        double[] all = new double[n];
        int pos = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, all, pos, g.length);
            pos += g.length;
        }
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[n - 1])) {
            RANKING.rank(all); // NaN: fails as the ranking does
        }
        double sum = 0;
        for (double[] g : groups) {
            // each value's rank averaged over its ties, found in the sorted pool (the ranks are halves, so the
            // sums are exact: the same bits as summing a pooled ranking)
            double r = 0;
            for (double v : g) {
                r += averageRank(sorted, v);
            }
            sum += r * r / g.length;
        }
        double nn = n;
        double h = 12.0 / (nn * (nn + 1)) * sum - 3 * (nn + 1);
        double c = 1 - tieSumSorted(sorted) / (nn * nn * nn - nn);
        int df = k - 1;
        if (c <= 0) {
            return new KruskalWallis(Double.NaN, df, Double.NaN, Double.NaN, n);
        }
        h /= c;
        double p = new ChiSquaredDistribution(null, df).cumulativeProbability(h);
        return new KruskalWallis(h, df, clamp(1 - p), h / (nn - 1), n);
    }

    /**
     * The 1-based rank of {@code v} in the ascending {@code sorted}, averaged over the values that compare equal
     * to it ({@link Double#compare}, as Commons Math's {@code NaturalRanking} with average ties ranks them).
     */
    private static double averageRank(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) { // first index not below v
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int first = lo;
        hi = sorted.length;
        while (lo < hi) { // first index above v
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int ties = lo - first;
        return (2 * (first + 1) + ties - 1) / 2d;
    }

    /**
     * Two-sided Mann–Whitney U test of a against b with tie correction and continuity correction
     * (the normal approximation scipy's {@code mannwhitneyu(method="asymptotic")} uses).
     * When all values are tied, z and p are NaN and delta is 0.
     */
    public static MannWhitney mannWhitney(double[] a, double[] b) {
        double[] sa = a.clone();
        double[] sb = b.clone();
        Arrays.sort(sa);
        Arrays.sort(sb);
        return mannWhitneySorted(sa, sb);
    }

    /**
     * {@link #mannWhitney} of two samples already in ascending {@link Arrays#sort(double[])} order: one merge
     * instead of ranking the pooled sample, so that the pairwise tests of many outlets sort each outlet once. The
     * average ranks of a tie group (values equal by {@link Double#compare}, as {@link NaturalRanking} ranks them)
     * and the tie sum are the pooled ranking's; every sum is of multiples of ½, exact in double, so U, z and p are
     * the same bits as ranking the pooled sample.
     */
    public static MannWhitney mannWhitneySorted(double[] a, double[] b) {
        int n1 = a.length;
        int n2 = b.length;
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("Mann–Whitney needs two non-empty samples");
        }
        if (Double.isNaN(a[n1 - 1]) || Double.isNaN(b[n2 - 1])) {
            throw new IllegalArgumentException("Mann–Whitney: NaN in a sample");
        }
        double[] all = new double[n1 + n2];
        double r1 = 0;
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < n1 || j < n2) {
            double v = i < n1 && (j >= n2 || Double.compare(a[i], b[j]) <= 0) ? a[i] : b[j];
            int fromA = 0;
            while (i < n1 && Double.compare(a[i], v) == 0) {
                all[k++] = a[i++];
                fromA++;
            }
            int t = fromA;
            while (j < n2 && Double.compare(b[j], v) == 0) {
                all[k++] = b[j++];
                t++;
            }
            // ranks k - t + 1 … k: their average (ranked as the pooled sample would be), once per value of a
            r1 += fromA * ((k - t + 1 + k) / 2.0);
        }
        double u1 = r1 - n1 * (n1 + 1.0) / 2;
        double nn = (double) n1 * n2;
        double delta = 2 * u1 / nn - 1;
        double n = n1 + n2;
        double var = nn / 12 * ((n + 1) - tieSumSorted(all) / (n * (n - 1)));
        if (!(var > 0)) {
            return new MannWhitney(u1, Double.NaN, Double.NaN, 0);
        }
        double u = Math.max(u1, nn - u1);
        double z = (u - nn / 2 - 0.5) / Math.sqrt(var);
        double p = 2 * (1 - new NormalDistribution(null, 0, 1).cumulativeProbability(z));
        return new MannWhitney(u1, z, clamp(p), delta);
    }

    /**
     * Holm's step-down adjustment: sort the m non-NaN p-values ascending, p'_(i) = max_{j≤i} min(1,
     * (m−j+1) p_(j)). NaN entries stay NaN and do not count in m.
     */
    public static double[] holm(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                order[m++] = i;
            }
        }
        Integer[] idx = Arrays.copyOf(order, m);
        Arrays.sort(idx, (x, y) -> Double.compare(p[x], p[y]));
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        double running = 0;
        for (int j = 0; j < m; j++) {
            double adj = Math.min(1, (m - j) * p[idx[j]]);
            running = Math.max(running, adj);
            out[idx[j]] = running;
        }
        return out;
    }

    /** Σ (t³ − t) over groups of tied values. */
    static double tieSum(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return tieSumSorted(s);
    }

    /** {@link #tieSum} of values in ascending order. */
    private static double tieSumSorted(double[] s) {
        double sum = 0;
        int i = 0;
        while (i < s.length) {
            int j = i;
            while (j + 1 < s.length && s[j + 1] == s[i]) {
                j++;
            }
            double t = j - i + 1;
            sum += t * t * t - t;
            i = j + 1;
        }
        return sum;
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
