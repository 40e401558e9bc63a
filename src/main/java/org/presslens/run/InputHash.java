package org.presslens.run;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.presslens.core.FileDigest;

/**
 * The SHA-256 of an input for {@code run.json}: of the file's bytes, or for a folder of every regular file
 * under it (relative path and content, in sorted order).
 *
 * @param files  regular files hashed
 * @param bytes  their total size
 * @param sha256 lower-case hex digest
 */
record InputHash(long files, long bytes, String sha256) {

    static InputHash of(Path input) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            FileDigest.Totals t = FileDigest.update(md, input);
            return new InputHash(t.files(), t.bytes(), HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
