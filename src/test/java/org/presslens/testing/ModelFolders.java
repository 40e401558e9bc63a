package org.presslens.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.presslens.core.Settings;

/** Edits model folders for tests: crafted model files and provenance fields, written as an attacker would. */
public final class ModelFolders {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFolders() {
    }

    /** Java serialization of an object. */
    public static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        return b.toByteArray();
    }

    /**
     * Writes {@code bytes} as a file of the model folder and records their SHA-256 in its {@code provenance.json},
     * so that only the class allow-list and limits stand between the file and the reader.
     */
    public static void plant(Path dir, String file, byte[] bytes) throws IOException {
        Files.write(dir.resolve(file), bytes);
        editProvenance(dir, p -> p.withObjectProperty("model_file_sha256").put(file, Settings.sha256(bytes)));
    }

    /** Rewrites the model folder's {@code provenance.json} after an edit of its JSON. */
    public static void editProvenance(Path dir, Consumer<ObjectNode> edit) throws IOException {
        Path f = dir.resolve("provenance.json");
        ObjectNode p = (ObjectNode) JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
        edit.accept(p);
        Files.writeString(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(p), StandardCharsets.UTF_8);
    }

    /** The SHA-256 of a file of the model folder. */
    public static String sha256(Path dir, String file) throws IOException {
        return Settings.sha256(Files.readAllBytes(dir.resolve(file)));
    }
}
