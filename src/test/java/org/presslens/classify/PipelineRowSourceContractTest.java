package org.presslens.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.presslens.core.Settings;
import org.presslens.analysis.AnalysisSetup;
import org.presslens.analysis.LabelPredictor;
import org.presslens.run.PipelineRowSource;

/**
 * The real row source (ingest, cleaning, features) against the {@link RowSourceContract}, with the project's
 * configuration except a minimum length of one word (the contract's records are one-liners).
 */
class PipelineRowSourceContractTest extends RowSourceContract {
    @Override
    RowSource source() {
        Path dir = tmp.resolve("config");
        try {
            if (!Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(Path.of("config"))) {
                    for (Path p : s.toList()) {
                        Path to = dir.resolve(Path.of("config").relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(p, to);
                        }
                    }
                }
                Path yaml = dir.resolve("presslens.yaml");
                Files.writeString(yaml, Files.readString(yaml).replace("min_words: 25", "min_words: 1"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Settings settings = Settings.load(dir.resolve("presslens.yaml"));
        return new PipelineRowSource(() -> AnalysisSetup.create(settings, List.of(), List.of(), f -> LabelPredictor.NONE), 2);
    }
}
