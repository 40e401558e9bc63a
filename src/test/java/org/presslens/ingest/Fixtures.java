package org.presslens.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Helpers for reader tests: write small fixture files and read them back. */
final class Fixtures {
    private Fixtures() {
    }

    static Path write(Path dir, String relative, String content) {
        return writeBytes(dir, relative, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path dir, String relative, byte[] content) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeGz(Path dir, String relative, String content) {
        return writeBytes(dir, relative, gzip(content.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
                gz.write(bytes);
            }
            return bo.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All items of a read with default settings, the input named by its file name. */
    static List<InputItem> read(Path path) {
        return read(new CorpusReader(IngestConfig.defaults()), path);
    }

    static List<InputItem> read(CorpusReader reader, Path path) {
        try (Stream<InputItem> s = reader.read(List.of(new InputRoot(path, path.getFileName().toString())))) {
            return s.toList();
        }
    }

    /** Ingest settings: the defaults with the {@code ingest} keys of {@code yaml} (one key per line). */
    static IngestConfig config(Path dir, String yaml) {
        Path file = write(dir, "config-" + Integer.toHexString(yaml.hashCode()) + ".yaml",
                "ingest:\n" + yaml.lines().map(l -> "  " + l + "\n").collect(java.util.stream.Collectors.joining()));
        return IngestConfig.from(org.presslens.core.Settings.load(file));
    }

    static RawDocument doc(String source, String record, String id, String text, Map<String, String> fields) {
        return new RawDocument(source, record, id, TextKind.PLAIN, text, fields);
    }
}
