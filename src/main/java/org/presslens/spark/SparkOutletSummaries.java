package org.presslens.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.presslens.stats.OutletFeatureSummary;
import org.presslens.stats.OutletRow;
import org.presslens.stats.OutletSummaryRunner;

/**
 * The per-outlet feature summaries as a Spark job: one partition per outlet, so that each outlet's bootstrap runs in a
 * task of its own on the cluster. The rows are those of {@link OutletSummaryRunner#LOCAL}, in the same order.
 */
final class SparkOutletSummaries implements OutletSummaryRunner {
    private final JavaSparkContext sc;

    SparkOutletSummaries(JavaSparkContext sc) {
        this.sc = sc;
    }

    @Override
    public List<List<OutletRow>> run(List<OutletFeatureSummary> outlets) {
        if (outlets.isEmpty()) {
            return List.of();
        }
        return sc.parallelize(outlets, outlets.size()).map(OutletFeatureSummary::rows).collect();
    }
}
