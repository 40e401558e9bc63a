package org.presslens.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared corpora folder ({@code ../shared} beside the project) read by accuracy checks and
 * benchmarks. Override with the system property {@code presslens.shared} or the environment variable
 * {@code PRESSLENS_SHARED}.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder (may not exist). */
    public static Path root() {
        String p = System.getProperty("presslens.shared");
        if (p == null || p.isBlank()) {
            p = System.getenv("PRESSLENS_SHARED");
        }
        if (p == null || p.isBlank()) {
            String home = System.getProperty("presslens.home", ".");
            return Path.of(home).toAbsolutePath().normalize().resolveSibling("shared");
        }
        return Path.of(p).toAbsolutePath().normalize();
    }

    /** A path under the shared folder, failing loudly when it is absent. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data not found: " + p
                    + " (set -Dpresslens.shared or PRESSLENS_SHARED to the folder holding datasets/ and seeds/)");
        }
        return p;
    }
}
