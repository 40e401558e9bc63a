package org.presslens.cli;

import picocli.CommandLine.Option;

/** {@code --max-outlets} and {@code --outlets}, shared by the commands that draw charts: which outlets they show. */
final class ChartOutletsOption {
    @Option(names = "--max-outlets", paramLabel = "N", defaultValue = "12",
            description = "Most outlets drawn in a chart by outlet (default: ${DEFAULT-VALUE}); tables keep all")
    int maxOutlets = 12;

    @Option(names = "--outlets", paramLabel = "A,B,...", description = "The outlets every chart shows, in this "
            + "order, names as in outlets.csv (default: the --max-outlets largest by article count)")
    String outlets;
}
