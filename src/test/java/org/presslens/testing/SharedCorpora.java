package org.presslens.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.presslens.core.SharedData;

/**
 * The shared gold corpora for accuracy checks ({@link SharedData#root()}, {@code ../shared} by default). On a clone
 * without them the checks are skipped, with one line on stderr saying so; under {@code CI=true} a missing folder is
 * a failure, so CI always runs them.
 */
public final class SharedCorpora {
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private SharedCorpora() {
    }

    /** A path under the shared folder; skips the calling test (fails it on CI) when it is absent. */
    public static Path require(String relative) {
        Path p = SharedData.root().resolve(relative);
        if (Files.exists(p)) {
            return p;
        }
        String why = "shared data not found: " + p
                + " (set PRESSLENS_SHARED or -Dpresslens.shared to the folder holding datasets/ and seeds/)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + "; CI=true requires it");
        }
        if (TOLD.compareAndSet(false, true)) {
            System.err.println("presslens tests: " + why + ": accuracy checks on it are skipped");
        }
        Assumptions.abort(why);
        return p;
    }
}
