package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    @Test
    void plainLinesGoOnWhileTheOutputWaitsAndNameTheRecord() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), 0);
        d.progress(3, 2, 1);
        d.waiting("in/big.txt", 41.6);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("progress: 3 items (2 analysed, 1 skipped) in "), lines.get(0));
        assertTrue(lines.get(1).startsWith("progress: 3 items (2 analysed, 1 skipped) in "), lines.get(1));
        assertTrue(lines.get(1).endsWith("; waiting for in/big.txt (analysed for 42 s)"), lines.get(1));
    }
}
