package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;

class JsonlTextRowSourceTest {
    @TempDir
    Path tmp;

    @Test
    void readsStringArrayAndMissingLabelsFromPlainAndGzipFiles() throws Exception {
        String content = "{\"id\":\"x1\",\"outlet\":\"Daily A\",\"text\":\"One.\",\"frames\":[\"moral\",\"economic\"]}\n"
                + "\n"
                + "{\"id\":\"x2\",\"outlet\":\"Daily B\",\"text\":\"Two.\",\"frames\":\"conflict\"}\n"
                + "{\"text\":\"Three.\",\"frames\":null}\n";
        Path plain = tmp.resolve("a.jsonl");
        Files.writeString(plain, content, StandardCharsets.UTF_8);
        Path gz = tmp.resolve("b.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        JsonlTextRowSource src = new JsonlTextRowSource();
        List<LabelledRow> rows;
        try (Stream<LabelledRow> s = src.rows(List.of(plain, gz), "frames", "outlet")) {
            rows = s.collect(Collectors.toList());
        }
        assertEquals(6, rows.size());
        LabelledRow first = rows.get(0);
        assertEquals("x1", first.id());
        assertEquals("Daily A", first.outlet());
        assertEquals("One.", first.text());
        assertEquals("[\"moral\",\"economic\"]", first.label());
        assertEquals(plain + " line 1", first.where());
        assertEquals("conflict", rows.get(1).label());
        assertEquals(plain + " line 3", rows.get(1).where());
        assertEquals(null, rows.get(2).label());
        assertEquals("a.jsonl:4", rows.get(2).id());
        assertEquals(gz + " line 3", rows.get(4).where());
        assertEquals(List.of(), src.featureNames());
        assertEquals(64, src.featureSetHash().length());
    }

    @Test
    void aBrokenLineNamesFileAndLine() throws Exception {
        Path f = tmp.resolve("bad.jsonl");
        Files.writeString(f, "{\"id\":\"1\",\"text\":\"ok\"}\n{\"id\": 2, \"text\": \n", StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> {
            try (Stream<LabelledRow> s = new JsonlTextRowSource().rows(List.of(f), "label", "outlet")) {
                s.count();
            }
        });
        assertEquals(f + " line 2: not a JSON object: Unexpected end-of-input within/between Object entries",
                e.getMessage());
    }
}
