package org.presslens.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.presslens.core.Settings;

/** Configurations written by a test: {@code presslens.yaml} in a folder of the test's, loaded as presslens loads it. */
public final class ConfigFiles {
    private ConfigFiles() {
    }

    /** Writes {@code yaml} to {@code dir/presslens.yaml} and loads it. */
    public static Settings settings(Path dir, String yaml) throws IOException {
        Path f = dir.resolve("presslens.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return Settings.load(f);
    }
}
