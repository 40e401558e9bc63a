package org.presslens.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

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
            if (!Files.isDirectory(input)) {
                long n = digest(md, input);
                return new InputHash(1, n, HexFormat.of().formatHex(md.digest()));
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(input)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            long bytes = 0;
            for (Path f : files) {
                md.update(input.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                bytes += digest(md, f);
            }
            return new InputHash(files.size(), bytes, HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long digest(MessageDigest md, Path f) {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (InputStream in = Files.newInputStream(f)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                total += n;
            }
        } catch (IOException e) {
            // unreadable files are reported in skipped.csv by the reader; the hash notes only what was read
            md.update(("unreadable:" + f).getBytes(StandardCharsets.UTF_8));
        }
        return total;
    }
}
