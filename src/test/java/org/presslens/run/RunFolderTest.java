package org.presslens.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;

class RunFolderTest {

    @Test
    void writesIntoAHiddenPartialFolderUntilCommitted(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("run1");
        RunFolder f = RunFolder.prepare(target, false);
        Files.writeString(f.file("articles.csv"), "id\n");
        assertFalse(Files.exists(target), "the final folder must not exist before commit");
        assertEquals(tmp.resolve(".run1.partial"), f.work());
        f.commit();
        assertTrue(Files.exists(target.resolve("articles.csv")));
        assertFalse(Files.exists(tmp.resolve(".run1.partial")));
    }

    @Test
    void refusesAnExistingFolderWithoutOverwrite(@TempDir Path tmp) throws Exception {
        Path target = Files.createDirectories(tmp.resolve("run1"));
        ConfigException e = assertThrows(ConfigException.class, () -> RunFolder.prepare(target, false));
        assertEquals(target + ": output folder already exists (use --overwrite to replace it)", e.getMessage());
    }

    @Test
    void overwriteReplacesTheOldFolderWhole(@TempDir Path tmp) throws Exception {
        Path target = Files.createDirectories(tmp.resolve("run1"));
        Files.writeString(target.resolve("stale.csv"), "old");
        RunFolder f = RunFolder.prepare(target, true);
        Files.writeString(f.file("articles.csv"), "new");
        assertTrue(Files.exists(target.resolve("stale.csv")), "the old run stays until the new one is complete");
        f.commit();
        assertFalse(Files.exists(target.resolve("stale.csv")));
        assertEquals("new", Files.readString(target.resolve("articles.csv")));
    }
}
