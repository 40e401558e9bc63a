package org.presslens.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.presslens.cli.Main;

/** Runs a presslens command line in the test's process and checks its exit code. */
public final class CliRuns {
    private CliRuns() {
    }

    /** Runs {@code args}, asserts the exit code is {@code expected} (stderr in the message), returns stderr. */
    public static String run(int expected, String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute(args);
        } finally {
            System.setErr(old);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(expected, code, msg);
        return msg;
    }
}
