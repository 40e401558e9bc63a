package org.presslens.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;

class RunFolderTest {
    private static final String MANIFEST = "{\"command\":\"presslens analyze x\",\"version\":\"0.1.0\",\"counts\":{}}";

    @Test
    void writesIntoAHiddenPartialFolderUntilCommitted(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("run1");
        RunFolder f = RunFolder.prepare(target, false, List.of());
        Files.writeString(f.file("articles.csv"), "id\n");
        assertFalse(Files.exists(target), "the final folder must not exist before commit");
        assertEquals(tmp.resolve(".run1.partial"), f.work());
        f.commit();
        assertTrue(Files.exists(target.resolve("articles.csv")));
        assertFalse(Files.exists(tmp.resolve(".run1.partial")));
        assertFalse(Files.exists(target.resolve(RunFolder.MARKER)), "the marker is removed on commit");
    }

    @Test
    void refusesAnExistingFolderWithoutOverwrite(@TempDir Path tmp) throws Exception {
        Path target = Files.createDirectories(tmp.resolve("run1"));
        ConfigException e = assertThrows(ConfigException.class, () -> RunFolder.prepare(target, false, List.of()));
        assertEquals(target + ": output folder already exists (use --overwrite to replace it)", e.getMessage());
    }

    @Test
    void overwriteReplacesAnOldRunFolderWhole(@TempDir Path tmp) throws Exception {
        Path target = runFolder(tmp.resolve("run1"));
        Files.writeString(target.resolve("keyness.csv"), "old");
        RunFolder f = RunFolder.prepare(target, true, List.of());
        Files.writeString(f.file("articles.csv"), "new");
        assertTrue(Files.exists(target.resolve("keyness.csv")), "the old run stays until the new one is complete");
        f.commit();
        assertFalse(Files.exists(target.resolve("keyness.csv")));
        assertEquals("new", Files.readString(target.resolve("articles.csv")));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("run1"), s.map(p -> p.getFileName().toString()).toList(), "no .old folder left");
        }
    }

    @Test
    void overwriteRefusesAFolderThatIsNotARunFolder(@TempDir Path tmp) throws Exception {
        Path target = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(target.resolve("thesis.docx"), "my thesis");
        ConfigException e = assertThrows(ConfigException.class, () -> RunFolder.prepare(target, true, List.of()));
        assertEquals(target + ": --overwrite refused: it is not a presslens run folder (no run.json written by "
                + "presslens); --overwrite replaces only run folders", e.getMessage());
        assertEquals("my thesis", Files.readString(target.resolve("thesis.docx")));
        assertFalse(Files.exists(tmp.resolve(".thesis.partial")), "nothing is created when refused");
    }

    @Test
    void overwriteRefusesARunJsonNotWrittenByPresslens(@TempDir Path tmp) throws Exception {
        Path target = Files.createDirectories(tmp.resolve("web"));
        Files.writeString(target.resolve("run.json"), "{\"command\":\"npm run build\"}");
        ConfigException e = assertThrows(ConfigException.class, () -> RunFolder.prepare(target, true, List.of()));
        assertTrue(e.getMessage().contains("not a presslens run folder"), e.getMessage());
    }

    @Test
    void overwriteRefusesARunFolderHoldingTheUsersOwnFiles(@TempDir Path tmp) throws Exception {
        Path target = runFolder(tmp.resolve("run1"));
        Files.writeString(target.resolve("notes.txt"), "my notes");
        ConfigException e = assertThrows(ConfigException.class, () -> RunFolder.prepare(target, true, List.of()));
        assertEquals(target + ": --overwrite refused: it holds files presslens did not write (notes.txt); "
                + "move them out or choose another --out", e.getMessage());
        assertTrue(Files.exists(target.resolve("notes.txt")));
    }

    @Test
    void overwriteRefusesAFolderHoldingAnInput(@TempDir Path tmp) throws Exception {
        Path proj = runFolder(tmp.resolve("proj"));
        Path data = Files.writeString(tmp.resolve("proj/articles.csv"), "id,text\n");
        ConfigException e = assertThrows(ConfigException.class, () -> RunFolder.prepare(proj, true, List.of(data)));
        assertEquals(proj + ": --overwrite refused: it holds the input " + data, e.getMessage());
        assertTrue(Files.exists(data));
    }

    @Test
    void overwriteRefusesAFileTheCurrentFolderAndTheRoot(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("data.jsonl"), "{}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> RunFolder.prepare(file, true, List.of()));
        assertEquals(file + ": --overwrite refused: it is not a folder (--overwrite replaces only run folders)",
                e.getMessage());
        assertTrue(Files.exists(file));

        Path cwd = Path.of("").toAbsolutePath();
        e = assertThrows(ConfigException.class, () -> RunFolder.prepare(cwd, true, List.of()));
        assertEquals(cwd + ": --overwrite refused: it is the current folder or holds it", e.getMessage());
        Path parent = cwd.getParent();
        e = assertThrows(ConfigException.class, () -> RunFolder.prepare(parent, true, List.of()));
        assertEquals(parent + ": --overwrite refused: it is the current folder or holds it", e.getMessage());

        Path root = Path.of("/");
        e = assertThrows(ConfigException.class, () -> RunFolder.prepare(root, true, List.of()));
        assertEquals("/: a run folder cannot be the root folder; name a folder to create", e.getMessage());
    }

    @Test
    void anEmptyFolderMayBeReplaced(@TempDir Path tmp) throws Exception {
        Path target = Files.createDirectories(tmp.resolve("empty"));
        RunFolder f = RunFolder.prepare(target, true, List.of());
        Files.writeString(f.file("run.json"), MANIFEST);
        f.commit();
        assertTrue(RunFolder.isRunFolder(target));
    }

    @Test
    void aLeftoverPartialFolderIsRemovedOnlyWhenPresslensMadeIt(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("run1");
        RunFolder first = RunFolder.prepare(target, false, List.of());
        Files.writeString(first.file("articles.csv"), "interrupted");
        // a second run after an interrupted one clears presslens's own leftover
        RunFolder second = RunFolder.prepare(target, false, List.of());
        assertFalse(Files.exists(second.file("articles.csv")));

        Path other = tmp.resolve("run2");
        Path users = Files.createDirectories(tmp.resolve(".run2.partial"));
        Files.writeString(users.resolve("keep.txt"), "mine");
        ConfigException e = assertThrows(ConfigException.class, () -> RunFolder.prepare(other, false, List.of()));
        assertEquals(other + ": " + users + " exists and was not made by presslens; move it away or choose another "
                + "--out", e.getMessage());
        assertEquals("mine", Files.readString(users.resolve("keep.txt")));
    }

    @Test
    void anOldFolderNameInTheWayIsNotDeleted(@TempDir Path tmp) throws Exception {
        Path target = runFolder(tmp.resolve("run1"));
        Path users = Files.createDirectories(tmp.resolve(".run1.old"));
        Files.writeString(users.resolve("keep.txt"), "mine");
        RunFolder f = RunFolder.prepare(target, true, List.of());
        Files.writeString(f.file("run.json"), MANIFEST);
        f.commit();
        assertEquals("mine", Files.readString(users.resolve("keep.txt")));
        assertTrue(RunFolder.isRunFolder(target));
    }

    private static Path runFolder(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("run.json"), MANIFEST);
        return dir;
    }
}
