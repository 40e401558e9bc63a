package org.presslens.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.presslens.core.ConfigException;

/**
 * A run's output folder, written so that an interrupted run never leaves a folder that looks complete:
 * everything is written into a hidden sibling {@code .<name>.partial/} and moved to its final name only
 * by {@link #commit()}.
 */
public final class RunFolder {
    private final Path target;
    private final Path work;
    private final boolean overwrite;

    private RunFolder(Path target, Path work, boolean overwrite) {
        this.target = target;
        this.work = work;
        this.overwrite = overwrite;
    }

    /**
     * Checks the target before any work starts and creates the working folder.
     *
     * @throws ConfigException when the target exists and {@code overwrite} is false, or cannot be created
     */
    public static RunFolder prepare(Path target, boolean overwrite) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !overwrite) {
            throw new ConfigException(target + ": output folder already exists (use --overwrite to replace it)");
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new ConfigException(target + ": exists and is not a folder");
        }
        Path work = abs.resolveSibling("." + abs.getFileName() + ".partial");
        try {
            deleteRecursively(work);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new ConfigException(target + ": cannot create output folder: " + e.getMessage(), e);
        }
        return new RunFolder(abs, work, overwrite);
    }

    /** The folder being written (use this for every output file until {@link #commit()}). */
    public Path work() {
        return work;
    }

    /** The final folder name. */
    public Path target() {
        return target;
    }

    /** A file inside the working folder. */
    public Path file(String name) {
        return work.resolve(name);
    }

    /** Moves the finished working folder to its final name, replacing an old one when allowed. */
    public Path commit() {
        try {
            if (Files.exists(target)) {
                if (!overwrite) {
                    throw new ConfigException(target + ": output folder appeared during the run; results left in " + work);
                }
                Path old = target.resolveSibling("." + target.getFileName() + ".old");
                deleteRecursively(old);
                move(target, old);
                move(work, target);
                deleteRecursively(old);
            } else {
                move(work, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish run folder " + target + " (results are in " + work + ")", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
