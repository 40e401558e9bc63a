package org.presslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;

class CorpusReaderTest {
    @TempDir
    Path dir;

    @Test
    void walksDirectoriesInSortedOrderWithDisplayNames() {
        // entries of each directory sorted by name: the folder "a" comes before the file "a.txt"
        Fixtures.write(dir, "c/b.txt", "B.");
        Fixtures.write(dir, "c/a/z.txt", "Z.");
        Fixtures.write(dir, "c/a.txt", "A.");
        Fixtures.write(dir, "c/.hidden.txt", "Hidden.");
        Fixtures.write(dir, "c/.git/config", "x");
        Fixtures.write(dir, "c/notes.docx", "x");
        Fixtures.write(dir, "c/README", "x");
        Fixtures.write(dir, "c/data.xml.gz", "x");
        Path single = Fixtures.write(dir, "single.txt", "Single.");
        CorpusReader reader = new CorpusReader(IngestConfig.defaults());
        List<InputItem> items;
        try (Stream<InputItem> s = reader.read(List.of(new InputRoot(dir.resolve("c"), "corpus/"),
                new InputRoot(single, "one.txt")))) {
            items = s.toList();
        }
        assertEquals(List.of(
                "corpus/.git | hidden folder: not read",
                "corpus/.hidden.txt | hidden file: not read",
                "corpus/README | unsupported file type (no extension)",
                "corpus/a/z.txt | z",
                "corpus/a.txt | a",
                "corpus/b.txt | b",
                "corpus/data.xml.gz | unsupported file type '.xml.gz'",
                "corpus/notes.docx | unsupported file type '.docx'",
                "one.txt | single"),
                items.stream().map(i -> i.source() + " | " + (i instanceof RawDocument d ? d.id() : ((Skip) i).reason()))
                        .toList());
    }

    @Test
    void readsFromAZipFileSystemLikeTheBundledCorpusInTheJar() throws IOException {
        Path zip = dir.resolve("corpus.zip");
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip,
                java.util.Map.of("create", "true"))) {
            Fixtures.write(fs.getPath("/"), "sample/_metadata.csv", "file,framing\nwire/a.txt,conflict\n");
            Fixtures.write(fs.getPath("/"), "sample/wire/a.txt", "Wire story.");
            Fixtures.write(fs.getPath("/"), "sample/feed.jsonl", "{\"id\": \"f1\", \"text\": \"Feed story.\"}\n");
        }
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip);
             Stream<InputItem> s = new CorpusReader(IngestConfig.defaults())
                     .read(List.of(new InputRoot(fs.getPath("/sample"), "sample-corpus")))) {
            assertEquals(List.of(
                    Fixtures.doc("sample-corpus/feed.jsonl", "line 1", "f1", "Feed story.", java.util.Map.of()),
                    Fixtures.doc("sample-corpus/wire/a.txt", "", "a", "Wire story.",
                            java.util.Map.of("framing", "conflict"))), s.toList());
        }
    }

    @Test
    void linkLoopIsReadOnce() throws IOException {
        Fixtures.write(dir, "loop/a.txt", "A.");
        Files.createSymbolicLink(dir.resolve("loop/again"), dir.resolve("loop"));
        assertEquals(List.of("loop/a.txt"),
                Fixtures.read(dir.resolve("loop")).stream().map(InputItem::source).toList());
    }

    @Test
    void validateNamesAMissingInput() {
        CorpusReader reader = new CorpusReader(IngestConfig.defaults());
        ConfigException e = assertThrows(ConfigException.class,
                () -> reader.validate(List.of(InputRoot.of(dir), InputRoot.of(dir.resolve("nope.jsonl")))));
        assertEquals("input not found: " + dir.resolve("nope.jsonl"), e.getMessage());
        ConfigException e2 = assertThrows(ConfigException.class,
                () -> reader.validate(List.of(new InputRoot(dir.resolve("gone"), "gone"))));
        assertEquals("input not found: gone (" + dir.resolve("gone") + ")", e2.getMessage());
        reader.validate(List.of(InputRoot.of(dir)));
    }

    @Test
    void streamIsLazyAndClosingItReleasesTheFile() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append("{\"text\": \"Row ").append(i).append(".\"}\n");
        }
        Path f = Fixtures.write(dir, "many.jsonl", sb.toString());
        CorpusReader reader = new CorpusReader(IngestConfig.defaults());
        try (Stream<InputItem> s = reader.read(List.of(InputRoot.of(f)))) {
            Iterator<InputItem> it = s.iterator();
            assertEquals("many-1", ((RawDocument) it.next()).id());
            assertEquals("many-2", ((RawDocument) it.next()).id());
        }
        Files.delete(f);
        assertTrue(Files.notExists(f));
    }

    @Test
    void configSectionOverridesDefaultsAndRejectsUnknownKeys() throws IOException {
        Path yaml = Fixtures.write(dir, "conf/presslens.yaml",
                "ingest:\n  textFields: [story]\n  maxFileMegabytes: 7\n");
        IngestConfig c = IngestConfig.from(Settings.load(yaml));
        assertEquals(List.of("story"), c.textFields());
        assertEquals(7, c.maxFileMegabytes());
        assertEquals(List.of("title", "headline"), c.titleFields());

        Path bad = Fixtures.write(dir, "conf/bad.yaml", "ingest:\n  textField: [story]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> IngestConfig.from(Settings.load(bad)));
        assertEquals(bad + ": ingest: unknown key 'textField' (allowed: authorsFields, dateFields, idFields, "
                + "maxFileMegabytes, maxLineCharacters, maxRecordMegabytes, maxSkipRowsPerFile, outletFields, "
                + "sidecarName, textFields, titleFields, urlFields)", e.getMessage());
        Path zero = Fixtures.write(dir, "conf/zero.yaml", "ingest:\n  maxFileMegabytes: 0\n");
        ConfigException e2 = assertThrows(ConfigException.class, () -> IngestConfig.from(Settings.load(zero)));
        assertEquals(zero + ": ingest: maxFileMegabytes must be between 1 and 1024, got 0", e2.getMessage());

        assertEquals(IngestConfig.defaults(), IngestConfig.from(Settings.builtIn()));
    }

    @Test
    void customTextFieldIsUsed() {
        Path yamlDir = dir.resolve("conf2");
        Path yaml = Fixtures.write(yamlDir, "p.yaml", "ingest:\n  textFields: [story]\n");
        Path f = Fixtures.write(dir, "s.jsonl", "{\"story\": \"Told.\", \"text\": \"ignored label\"}\n");
        RawDocument d = (RawDocument) Fixtures.read(new CorpusReader(IngestConfig.from(Settings.load(yaml))), f)
                .get(0);
        assertEquals("Told.", d.text());
        assertEquals("ignored label", d.fields().get("text"));
    }
}
