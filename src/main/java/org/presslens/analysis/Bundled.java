package org.presslens.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Folders shipped inside the jar, first of all the sample corpus ({@code sample-corpus/}: fictional articles written for
 * presslens, with a {@code _metadata.csv} labels sidecar). Readers need a real folder, so when running
 * from a jar the corpus is copied to a temporary folder first.
 */
public final class Bundled {
    /** How the corpus appears in the {@code source} column. */
    public static final String SAMPLE_CORPUS_NAME = "sample-corpus";
    private static final String RESOURCE = "sample-corpus";

    private Bundled() {
    }

    /** A folder holding the sample corpus (a temporary copy, deleted on exit, when running from a jar). */
    public static Path sampleCorpus() {
        return bundledFolder(RESOURCE, "_metadata.csv");
    }

    /**
     * A folder of resources shipped in the jar as a real folder: the classpath folder itself when running
     * from classes, else a temporary copy deleted on exit.
     *
     * @param resource a resource folder ({@code sample-corpus}, {@code models/reliability})
     * @param marker   a file known to be in it
     */
    public static Path bundledFolder(String resource, String marker) {
        URL url = Bundled.class.getClassLoader().getResource(resource + "/" + marker);
        if (url == null) {
            throw new IllegalStateException("resource " + resource + "/" + marker + " is missing from the jar");
        }
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return Path.of(uri).getParent();
            }
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return copyOut(fs.getPath("/" + resource));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Path copyOut(Path root) throws IOException {
        Path tmp = Files.createTempDirectory("presslens-sample-");
        List<Path> entries;
        try (Stream<Path> s = Files.walk(root)) {
            entries = s.sorted().toList();
        }
        // deleteOnExit deletes in reverse order of registration: folders first, then their files
        tmp.toFile().deleteOnExit();
        for (Path e : entries) {
            if (Files.isDirectory(e) && !e.equals(root)) {
                Path dir = Files.createDirectories(tmp.resolve(root.relativize(e).toString()));
                dir.toFile().deleteOnExit();
            }
        }
        for (Path e : entries) {
            if (Files.isRegularFile(e)) {
                Path dest = tmp.resolve(root.relativize(e).toString());
                Files.copy(e, dest);
                dest.toFile().deleteOnExit();
            }
        }
        return tmp;
    }
}
