package org.presslens.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Feeds inputs to a digest: a file's bytes, or for a folder every regular file under it (its relative path, a
 * zero byte, then its bytes) in sorted order. An unreadable file adds {@code unreadable:<path>} instead of
 * failing: readers report such files in {@code skipped.csv}, the digest notes what was read.
 */
public final class FileDigest {

    /**
     * What an input added.
     *
     * @param files regular files read
     * @param bytes their total size
     */
    public record Totals(long files, long bytes) {
    }

    private FileDigest() {
    }

    /** Adds one input (file or folder) to the digest. */
    public static Totals update(MessageDigest md, Path input) {
        if (!Files.isDirectory(input)) {
            return new Totals(1, digest(md, input));
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(input)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long bytes = 0;
        for (Path f : files) {
            md.update(input.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            bytes += digest(md, f);
        }
        return new Totals(files.size(), bytes);
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
            md.update(("unreadable:" + f).getBytes(StandardCharsets.UTF_8));
        }
        return total;
    }
}
