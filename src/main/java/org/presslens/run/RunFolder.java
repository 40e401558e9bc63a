package org.presslens.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.presslens.core.ConfigException;

/**
 * A run's output folder, written so that an interrupted run never leaves a folder that looks complete:
 * everything is written into a hidden sibling {@code .<name>.partial/} and moved to its final name only
 * by {@link #commit()}.
 *
 * <p>Nothing of the user's is deleted: {@code --overwrite} replaces only a folder that holds a presslens run (a
 * {@code run.json} written by presslens, and no file presslens does not write), never one that holds an input,
 * the current folder or one of its parents, or the root (an empty folder may be replaced too). A leftover {@code .partial} folder is removed only when
 * it carries the marker file presslens writes into every working folder ({@value #MARKER}).
 */
public final class RunFolder {
    /** Marker file in every working folder, so that only presslens's own leftovers are ever removed. */
    static final String MARKER = ".presslens-partial";

    /** The names presslens writes at the top of a run folder (files and the {@code charts/}, {@code models/} folders). */
    static final Set<String> OUTPUT_NAMES = Set.of("run.json", "articles.csv", "skipped.csv", "attributions.csv",
            "quotes.csv", "terms.csv", "features.csv", "texts.jsonl", "outlets.csv", "tests.csv", "keyness.csv",
            "timeseries.csv", "report.html", "report.html.tmp", "run.json.tmp", "charts", "models", MARKER);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_MANIFEST_BYTES = 16L << 20;

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
     * @param target    the run folder to write
     * @param overwrite replace the target when it is an existing presslens run folder
     * @param inputs    the run's inputs: a target that holds one of them is never replaced
     * @throws ConfigException when the target cannot be used, naming why
     */
    public static RunFolder prepare(Path target, boolean overwrite, Collection<Path> inputs) {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getFileName() == null) {
            throw new ConfigException(target + ": a run folder cannot be the root folder; name a folder to create");
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (!overwrite) {
                throw new ConfigException(target + ": output folder already exists (use --overwrite to replace it)");
            }
            checkReplaceable(target, abs, inputs);
        }
        Path work = abs.resolveSibling("." + abs.getFileName() + ".partial");
        try {
            if (Files.exists(work, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isRegularFile(work.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                    throw new ConfigException(target + ": " + work + " exists and was not made by presslens; "
                            + "move it away or choose another --out");
                }
                deleteRecursively(work);
            }
            Files.createDirectories(work);
            Files.createFile(work.resolve(MARKER));
        } catch (IOException e) {
            throw new ConfigException(target + ": cannot create output folder: " + e.getMessage(), e);
        }
        return new RunFolder(abs, work, overwrite);
    }

    /** Refuses to replace anything but a presslens run folder that holds no input and is not above the current folder. */
    private static void checkReplaceable(Path target, Path abs, Collection<Path> inputs) {
        String refused = target + ": --overwrite refused: ";
        if (Files.isSymbolicLink(abs) || !Files.isDirectory(abs)) {
            throw new ConfigException(refused + "it is not a folder (--overwrite replaces only run folders)");
        }
        Path real = realPath(abs);
        Path cwd = realPath(Path.of("").toAbsolutePath());
        if (cwd.startsWith(real)) {
            throw new ConfigException(refused + "it is the current folder or holds it");
        }
        for (Path input : inputs) {
            Path in = realPath(input.toAbsolutePath().normalize());
            if (in.startsWith(real)) {
                throw new ConfigException(refused + "it holds the input " + input);
            }
        }
        if (isEmpty(abs)) {
            return;
        }
        if (!isRunFolder(abs)) {
            throw new ConfigException(refused + "it is not a presslens run folder (no run.json written by presslens); "
                    + "--overwrite replaces only run folders");
        }
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> s = Files.list(abs)) {
            s.map(p -> p.getFileName().toString()).filter(n -> !OUTPUT_NAMES.contains(n)).sorted()
                    .forEach(foreign::add);
        } catch (IOException e) {
            throw new ConfigException(refused + "cannot list it: " + e.getMessage(), e);
        }
        if (!foreign.isEmpty()) {
            throw new ConfigException(refused + "it holds files presslens did not write ("
                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? ", ... " + (foreign.size() - 5) + " more" : "")
                    + "); move them out or choose another --out");
        }
    }

    /**
     * True when {@code dir} holds a {@code run.json} written by presslens: a JSON object whose {@code command}
     * starts with {@code presslens } and that has {@code version} and {@code counts}.
     */
    public static boolean isRunFolder(Path dir) {
        Path manifest = dir.resolve("run.json");
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(manifest)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                return false;
            }
            JsonNode root = JSON.readTree(bytes);
            return root != null && root.isObject() && root.path("command").asText("").startsWith("presslens ")
                    && root.has("version") && root.path("counts").isObject();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
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

    /** Moves the finished working folder to its final name, replacing an old run folder when allowed. */
    public Path commit() {
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!overwrite) {
                    throw new ConfigException(target + ": output folder appeared during the run; results left in " + work);
                }
                Path old = freeSibling(target, ".old");
                move(target, old);
                move(work, target);
                deleteRecursively(old);
            } else {
                move(work, target);
            }
            Files.deleteIfExists(target.resolve(MARKER));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish run folder " + target + " (results are in " + work + ")", e);
        }
    }

    /** A hidden sibling name {@code .<name><suffix>[-N]} that does not exist yet. */
    private static Path freeSibling(Path p, String suffix) {
        String base = "." + p.getFileName() + suffix;
        Path candidate = p.resolveSibling(base);
        for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = p.resolveSibling(base + "-" + n);
        }
        return candidate;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder presslens made, without following links out of it. */
    static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
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
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
