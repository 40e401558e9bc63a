package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --overwrite} replaces only presslens run folders: the user's files are never deleted. */
class AnalyzeOverwriteTest {
    private static final String ARTICLE = "The harbour authority said on Monday that the new ferry service would start "
            + "in June, after months of delay. Local traders welcomed the plan, although some said the timetable was "
            + "too thin for the winter months and asked for a second boat.";

    @Test
    void refusesToReplaceTheFolderHoldingTheInput(@TempDir Path tmp) throws Exception {
        Path proj = Files.createDirectories(tmp.resolve("proj"));
        Path data = Files.writeString(proj.resolve("data.jsonl"), "{\"id\":\"a\",\"text\":\"" + ARTICLE + "\"}\n");
        assertEquals(2, Main.execute("analyze", data.toString(), "--out", proj.toString(), "--overwrite",
                "--no-models", "--no-report"));
        assertEquals("{\"id\":\"a\",\"text\":\"" + ARTICLE + "\"}\n", Files.readString(data));
        try (var s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no partial folder is created beside it");
        }
    }

    @Test
    void refusesToReplaceAFolderOfTheUsersFiles(@TempDir Path tmp) throws Exception {
        Path data = Files.writeString(tmp.resolve("data.jsonl"), "{\"id\":\"a\",\"text\":\"" + ARTICLE + "\"}\n");
        Path thesis = Files.createDirectories(tmp.resolve("thesis"));
        Files.writeString(thesis.resolve("thesis.docx"), "chapter one");
        assertEquals(2, Main.execute("analyze", data.toString(), "--out", thesis.toString(), "--overwrite",
                "--no-models", "--no-report"));
        assertEquals("chapter one", Files.readString(thesis.resolve("thesis.docx")));
    }

    @Test
    void replacesItsOwnRunFolder(@TempDir Path tmp) throws Exception {
        Path data = Files.writeString(tmp.resolve("data.jsonl"), "{\"id\":\"a\",\"text\":\"" + ARTICLE + "\"}\n");
        Path out = tmp.resolve("run");
        assertEquals(0, Main.execute("analyze", data.toString(), "--out", out.toString(), "--no-models", "--no-report"));
        Files.writeString(data, "{\"id\":\"b\",\"text\":\"" + ARTICLE + " A second boat was promised.\"}\n");
        assertEquals(0, Main.execute("analyze", data.toString(), "--out", out.toString(), "--overwrite",
                "--no-models", "--no-report"));
        assertTrue(Files.readString(out.resolve("articles.csv")).contains("\nb,"), "the new run replaced the old one");
        assertFalse(Files.readString(out.resolve("articles.csv")).contains("\na,"));
    }
}
