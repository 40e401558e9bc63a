package org.presslens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code presslens bench ...}: benchmark commands that print accuracy, throughput and memory figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Benchmarks against the gold corpora in ../shared (or --shared DIR): print figures.",
        subcommands = {
                BenchAnalyzeCommand.class,
                BenchCleaningCommand.class,
                BenchAttributionCommand.class,
                BenchHedgingCommand.class,
                BenchFeaturesCommand.class,
                BenchReportCommand.class,
                BenchClassifyCommand.class,
                BenchSparkCommand.class,
                CommandLine.HelpCommand.class
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
