package org.presslens.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.presslens.core.ConfigException;

/**
 * Provisional {@link RowSource}: reads JSON Lines files ({@code .jsonl}, {@code .ndjson}, optionally
 * {@code .gz}) with the fields {@code id}, {@code text}, the group field and the label field, and produces
 * rows with no numeric features (text only). A label may be a string, a number or boolean (taken as text)
 * or a JSON array (multi-label); a missing or null label is "unlabelled". Blank lines are ignored.
 */
public final class JsonlTextRowSource implements RowSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HASH = sha256("presslens JsonlTextRowSource v1: no numeric features, text only");

    @Override
    public Stream<LabelledRow> rows(List<Path> files, String labelField, String groupField) {
        return files.stream().flatMap(f -> read(f, labelField, groupField));
    }

    @Override
    public List<String> featureNames() {
        return List.of();
    }

    @Override
    public String featureSetHash() {
        return HASH;
    }

    private static Stream<LabelledRow> read(Path file, String labelField, String groupField) {
        BufferedReader reader;
        try {
            InputStream in = Files.newInputStream(file);
            if (file.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        AtomicLong lineNo = new AtomicLong();
        return reader.lines()
                .map(line -> {
                    long n = lineNo.incrementAndGet();
                    return line.isBlank() ? null : parse(file, n, line, labelField, groupField);
                })
                .filter(r -> r != null)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static LabelledRow parse(Path file, long lineNo, String line, String labelField, String groupField) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + " line " + lineNo + ": not a JSON object: "
                    + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ConfigException(file + " line " + lineNo + ": expected a JSON object");
        }
        String id = text(node.get("id"));
        if (id == null || id.isEmpty()) {
            id = file.getFileName() + ":" + lineNo;
        }
        String group = groupField == null ? "" : text(node.get(groupField));
        String label = null;
        if (labelField != null) {
            JsonNode l = node.get(labelField);
            if (l != null && !l.isNull()) {
                label = l.isArray() ? l.toString() : l.asText();
            }
        }
        return new LabelledRow(id, file.toString(), "line " + lineNo, group, new double[0],
                text(node.get("text")), label);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
