package org.presslens.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.presslens.spark.fs.HadoopPaths;

/**
 * An input as named on the command line: a local path, a {@code file:} URI, or, for the Spark engine, the URI of a
 * Hadoop file system ({@code hdfs://...}, {@code s3a://...}). Hadoop's classes are touched only for such a URI.
 */
final class InputPaths {
    private static final Pattern URI_LIKE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private InputPaths() {
    }

    /** Whether {@code name} is the URI of a Hadoop file system (a scheme other than {@code file}). */
    static boolean isHadoopUri(String name) {
        return URI_LIKE.matcher(name).matches() && !name.regionMatches(true, 0, "file:", 0, 5);
    }

    /** The path {@code name} names. */
    static Path of(String name) {
        if (isHadoopUri(name)) {
            try {
                return HadoopPaths.of(name);
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (URI_LIKE.matcher(name).matches()) {
            return Path.of(URI.create(name));
        }
        return Path.of(name);
    }
}
