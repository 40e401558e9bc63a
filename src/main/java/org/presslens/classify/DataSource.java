package org.presslens.classify;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.presslens.core.FileDigest;

/**
 * Where training data came from, for provenance.
 *
 * @param files      the training files as given
 * @param sha256     SHA-256 over the inputs in the given order ({@link #sha256})
 * @param labelField the label field
 * @param groupField the group (outlet) field, or empty when folds are not grouped
 * @param command    the command that rebuilds the model (shown when a model must be retrained)
 */
public record DataSource(List<String> files, String sha256, String labelField, String groupField, String command) {
    public DataSource {
        files = List.copyOf(files);
        groupField = groupField == null ? "" : groupField;
        command = command == null ? "" : command;
    }

    /** Describes the given files, hashing their bytes. */
    public static DataSource of(List<Path> files, String labelField, String groupField, String command) {
        return new DataSource(files.stream().map(Path::toString).toList(), sha256(files), labelField, groupField,
                command);
    }

    /**
     * SHA-256 (hex) over the inputs in order: a file's bytes; a folder's files with their relative paths
     * ({@link FileDigest}).
     */
    public static String sha256(List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                FileDigest.update(md, f);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
