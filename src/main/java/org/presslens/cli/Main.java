package org.presslens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code presslens} command line. */
@Command(name = "presslens",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Measure how news outlets report a story: attribution, quoted sources, hedging, "
                + "framing terms and reliability signals.",
        subcommands = {
                AnalyzeCommand.class,
                TrainCommand.class,
                TrainHedgesCommand.class,
                TrainCuesCommand.class,
                EvaluateCommand.class,
                PredictCommand.class,
                InspectCommand.class,
                TableCommand.class,
                ReportCommand.class,
                PlotCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 failure, 2 usage or configuration error). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
