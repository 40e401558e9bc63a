package org.presslens.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build of presslens. */
public final class Presslens {
    private Presslens() {
    }

    /** The version from the build (e.g. {@code 0.1.0}). */
    public static String version() {
        try (InputStream in = Presslens.class.getResourceAsStream("/presslens-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
