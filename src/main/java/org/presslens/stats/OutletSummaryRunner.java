package org.presslens.stats;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Where the per-outlet feature summaries (the bootstrap, the costly part of the statistics) are computed: on this
 * machine's cores ({@link #LOCAL}), or as a Spark job by the Spark engine. Either way the rows are the same.
 */
public interface OutletSummaryRunner {
    /** Every outlet's rows ({@link OutletFeatureSummary#rows()}), in the order of {@code outlets}. */
    List<List<OutletRow>> run(List<OutletFeatureSummary> outlets);

    /** In this process, every outlet and feature a unit of work for the common pool. */
    OutletSummaryRunner LOCAL = outlets -> {
        int features = outlets.isEmpty() ? 0 : outlets.get(0).features().size();
        List<OutletRow> flat = IntStream.range(0, outlets.size() * features).parallel()
                .mapToObj(k -> outlets.get(k / features).row(k % features)).toList();
        return IntStream.range(0, outlets.size())
                .mapToObj(o -> flat.subList(o * features, (o + 1) * features)).toList();
    };
}
