package org.presslens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code presslens analyze}: ingest, clean and score a corpus into a run folder. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analyse a corpus (files or directories; the bundled sample corpus when none is given) "
                + "into a run folder under notebooks-output/.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files or directories: .txt .html .htm .json .jsonl .ndjson .csv, optionally .gz")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder (default: notebooks-output/<yyyyMMdd-HHmmss>-analyze)")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: the built-in config/presslens.yaml)")
    Path config;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores)")
    Integer threads;

    @Option(names = "--keep-text", description = "Write texts.jsonl: cleaned body and removed lines of every article")
    boolean keepText;

    @Option(names = "--overwrite", description = "Replace an existing run folder")
    boolean overwrite;

    @Option(names = "--strict", description = "Exit non-zero when any input or record was skipped")
    boolean strict;

    @Override
    public Integer call() {
        throw new UsageException("analyze is not implemented yet");
    }
}
