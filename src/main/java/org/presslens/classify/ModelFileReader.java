package org.presslens.classify;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;

/**
 * Reads the files of a model folder as untrusted input. A file must be named by a plain file name
 * ({@value #PLAIN_NAME}: no separator, no {@code ..}, not absolute) and be a regular file in the folder itself
 * (a symbolic link may only lead to another file of the folder); it is read whole, up to a size limit, before
 * anything is made of it. A serialized model file must have the SHA-256 that {@code provenance.json} records for
 * it, checked before it is deserialized through {@link SafeModelInput}. Every failure is a {@link ConfigException}
 * of one line naming the file and the reason.
 */
final class ModelFileReader {
    /** How a file of the folder may be named. */
    static final String PLAIN_NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,254}";
    /** Size limit of {@code provenance.json} and {@code header.arff} (shipped: 18 KB and 3 KB). */
    static final long MAX_TEXT_BYTES = 16L << 20;
    private static final Pattern PLAIN = Pattern.compile(PLAIN_NAME);

    private final Path dir;

    ModelFileReader(Path dir) {
        this.dir = dir;
    }

    /** Whether the folder has an entry of this name (a file, folder or link). */
    boolean has(String name) {
        return Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS);
    }

    /** The bytes of a file of the folder, at most {@code max} of them. */
    byte[] bytes(String name, long max) {
        if (name == null || !PLAIN.matcher(name).matches()) {
            throw new ConfigException(dir + ": model file '" + name + "' named in provenance.json is not a plain "
                    + "file name inside the model folder");
        }
        Path f = dir.resolve(name);
        try {
            Path real = f.toRealPath();
            if (!real.getParent().equals(dir.toRealPath())) {
                throw new ConfigException(f + ": refused: a link leading out of the model folder (to " + real + ")");
            }
            if (!Files.isRegularFile(real)) {
                throw new ConfigException(f + ": refused: not a regular file");
            }
            if (Files.size(real) > max) {
                throw new ConfigException(f + ": refused: " + Files.size(real) + " bytes, more than the " + max
                        + " a model file may have");
            }
            try (InputStream in = Files.newInputStream(real)) {
                byte[] b = in.readNBytes((int) max + 1);
                if (b.length > max) {
                    throw new ConfigException(f + ": refused: more than the " + max + " bytes a model file may have");
                }
                return b;
            }
        } catch (NoSuchFileException e) {
            throw new ConfigException(f + ": missing from the model folder", e);
        } catch (IOException e) {
            throw new ConfigException(f + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The object serialized in a model file, after its SHA-256 is checked against the one recorded.
     *
     * @param sha256 the SHA-256 (hex) that {@code provenance.json} records for the file, or {@code null}
     * @param type   what the file must hold
     */
    <T> T object(String name, String sha256, Class<T> type) {
        byte[] b = bytes(name, SafeModelInput.MAX_BYTES);
        Path f = dir.resolve(name);
        String actual = Settings.sha256(b);
        if (sha256 == null || sha256.isBlank()) {
            throw new ConfigException(f + ": refused: provenance.json records no SHA-256 for it (model_file_sha256; "
                    + "the file's is " + actual + "); retrain the model so that it records one");
        }
        if (!actual.equalsIgnoreCase(sha256)) {
            throw new ConfigException(f + ": refused: its SHA-256 is " + actual + " but provenance.json records "
                    + sha256 + ": it is not the file this model was trained with");
        }
        return decode(f.toString(), b, type);
    }

    /**
     * The object serialized in a model file's bytes, read through {@link SafeModelInput}.
     *
     * @param where the file, for messages
     */
    static <T> T decode(String where, byte[] bytes, Class<T> type) {
        try {
            return SafeModelInput.read(bytes, type);
        } catch (SafeModelInput.Refused e) {
            throw new ConfigException(where + ": refused: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new ConfigException(where + ": truncated: the file ends before the serialized object does", e);
        } catch (ClassNotFoundException e) {
            throw new ConfigException(where + ": needs class " + e.getMessage() + ", which this presslens lacks", e);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(where + ": corrupt: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), e);
        }
    }
}
