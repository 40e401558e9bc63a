package org.presslens.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input given by the user: a file or a directory, and the name under which it appears in the {@code source}
 * column (typically the path as typed; {@code "sample-corpus"} for the bundled corpus).
 *
 * @param path        the file or directory to read
 * @param displayName how the input is named in {@code source}; files found under a directory appear as
 *                    {@code displayName + "/" + relative path}
 */
public record InputRoot(Path path, String displayName) {
    public InputRoot {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** An input named by its path as given. */
    public static InputRoot of(Path path) {
        return new InputRoot(path, path.toString());
    }
}
