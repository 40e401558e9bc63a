package org.presslens.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The presslens configuration ({@code config/presslens.yaml}): one YAML document with a section per
 * package ({@code ingest}, {@code clean}, {@code features}, ...). Files it names (lexicons, outlet rules)
 * are resolved relative to the configuration's own folder; the built-in configuration is the project's
 * {@code config/} folder, shipped inside the jar under {@code presslens-config/}. Loading checks that the file
 * is UTF-8 text ({@link Yaml}), valid YAML and names only known {@link #SECTIONS}; each section's keys are checked
 * by the package that reads it ({@link ConfigSection}).
 */
public final class Settings {
    /** The sections a configuration may have, one per package that reads settings. */
    public static final List<String> SECTIONS = List.of("analyze", "ingest", "clean", "metadata", "features",
            "classify", "stats");
    /** Largest configuration file read, in bytes. */
    static final long MAX_BYTES = 1 << 20;
    private static final String BUILT_IN = "presslens-config/";

    private final JsonNode root;
    private final Path folder;
    private final String name;
    private final String sha256;

    private Settings(JsonNode root, Path folder, String name, String sha256) {
        this.root = root;
        this.folder = folder;
        this.name = name;
        this.sha256 = sha256;
    }

    /** The configuration shipped with presslens. */
    public static Settings builtIn() {
        return parse(readResource(BUILT_IN + "presslens.yaml"), null, "built-in config/presslens.yaml");
    }

    /** A configuration file given by the user; relative paths inside it resolve against its folder. */
    public static Settings load(Path file) {
        byte[] bytes;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ConfigException(file + ": not a regular file (expected a YAML configuration file)");
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw new ConfigException(file + ": " + Files.size(file) + " bytes, too large for a configuration "
                        + "file (at most " + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": configuration file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read configuration: " + e.getMessage(), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(bytes, dir, file.toString());
    }

    private static Settings parse(byte[] bytes, Path folder, String name) {
        JsonNode root = Yaml.read(bytes, name);
        if (root.isMissingNode() || root.isNull()) {
            root = JsonNodeFactory.instance.objectNode();
        }
        if (!root.isObject()) {
            throw new ConfigException(name + ": expected a mapping of sections (" + String.join(", ", SECTIONS)
                    + "), found " + ConfigSection.describe(root));
        }
        ConfigSection.root(name, root).declare(SECTIONS).checkKeys();
        return new Settings(root, folder, name, sha256(bytes));
    }

    /** A top-level section, or a missing node when absent. */
    public JsonNode section(String section) {
        JsonNode n = root.get(section);
        return n == null ? MissingNode.getInstance() : n;
    }

    /** The configuration's name for messages: its path, or "built-in ...". */
    public String name() {
        return name;
    }

    /** SHA-256 of the configuration file's bytes. */
    public String sha256() {
        return sha256;
    }

    /** Reads a file named in the configuration (relative to its folder, or from the built-in config). */
    public byte[] readRelative(String relativePath) {
        if (folder == null) {
            return readResource(BUILT_IN + relativePath);
        }
        Path p = folder.resolve(relativePath);
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new ConfigException(p + ": cannot read (named in " + name + "): " + e.getMessage(), e);
        }
    }

    /**
     * The file named by {@code section.key}: relative to this configuration when the key is present, else the
     * built-in configuration's {@code builtInDefault} (so a short user configuration need not copy every file).
     */
    public NamedFile file(String section, String key, String builtInDefault) {
        JsonNode n = section(section).path(key);
        if (n.isMissingNode() || n.isNull()) {
            Settings base = folder == null ? this : builtIn();
            return new NamedFile(base.describeRelative(builtInDefault), base.readRelative(builtInDefault));
        }
        return new NamedFile(describeRelative(n.asText()), readRelative(n.asText()));
    }

    /**
     * A configuration file's content and how messages name it.
     *
     * @param name  the path, or {@code built-in config/...}
     * @param bytes the content
     */
    public record NamedFile(String name, byte[] bytes) {
    }

    /** How a relative file is named in messages. */
    public String describeRelative(String relativePath) {
        return folder == null ? "built-in config/" + relativePath : folder.resolve(relativePath).toString();
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("built-in resource " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ConfigException("cannot read built-in resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Lower-case hex SHA-256 of some bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
