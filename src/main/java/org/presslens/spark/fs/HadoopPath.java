package org.presslens.spark.fs;

import java.net.URI;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A path on a Hadoop file system ({@code hdfs://namenode/corpora/x.jsonl}): a {@code /}-separated path under the file
 * system's scheme and authority. Absolute paths start with {@code /}; {@link #toString()} gives the full URI of an
 * absolute path, so that rows name their source as the user typed it.
 */
final class HadoopPath implements Path {
    private final HadoopNioFileSystem fs;
    private final String path;

    HadoopPath(HadoopNioFileSystem fs, String path) {
        this.fs = fs;
        this.path = clean(path);
    }

    /** Runs of {@code /} folded into one, no trailing {@code /} except for the root. */
    private static String clean(String p) {
        String s = p.replaceAll("/+", "/");
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** The path as Hadoop names it. */
    org.apache.hadoop.fs.Path hadoop() {
        return new org.apache.hadoop.fs.Path(toUri());
    }

    private List<String> names() {
        String s = path.startsWith("/") ? path.substring(1) : path;
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("/"));
    }

    private static HadoopPath of(Path p) {
        if (!(p instanceof HadoopPath h)) {
            throw new ProviderMismatchException(p + " is not on a Hadoop file system");
        }
        return h;
    }

    @Override
    public HadoopNioFileSystem getFileSystem() {
        return fs;
    }

    @Override
    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    @Override
    public Path getRoot() {
        return isAbsolute() ? new HadoopPath(fs, "/") : null;
    }

    @Override
    public Path getFileName() {
        List<String> n = names();
        return n.isEmpty() ? null : new HadoopPath(fs, n.get(n.size() - 1));
    }

    @Override
    public Path getParent() {
        List<String> n = names();
        if (n.isEmpty() || (n.size() == 1 && !isAbsolute())) {
            return null;
        }
        String parent = String.join("/", n.subList(0, n.size() - 1));
        return new HadoopPath(fs, isAbsolute() ? "/" + parent : parent);
    }

    @Override
    public int getNameCount() {
        return names().size();
    }

    @Override
    public Path getName(int index) {
        return new HadoopPath(fs, names().get(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return new HadoopPath(fs, String.join("/", names().subList(beginIndex, endIndex)));
    }

    @Override
    public boolean startsWith(Path other) {
        if (!(other instanceof HadoopPath o) || o.fs != fs || o.isAbsolute() != isAbsolute()) {
            return false;
        }
        List<String> a = names();
        List<String> b = o.names();
        return b.size() <= a.size() && a.subList(0, b.size()).equals(b);
    }

    @Override
    public boolean endsWith(Path other) {
        if (!(other instanceof HadoopPath o) || o.fs != fs || (o.isAbsolute() && !o.equals(this))) {
            return false;
        }
        List<String> a = names();
        List<String> b = o.names();
        return b.size() <= a.size() && a.subList(a.size() - b.size(), a.size()).equals(b);
    }

    @Override
    public Path normalize() {
        List<String> out = new ArrayList<>();
        for (String n : names()) {
            if (n.equals(".")) {
                continue;
            }
            if (n.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                out.remove(out.size() - 1);
            } else if (!(n.equals("..") && isAbsolute())) {
                out.add(n);
            }
        }
        return new HadoopPath(fs, (isAbsolute() ? "/" : "") + String.join("/", out));
    }

    @Override
    public Path resolve(Path other) {
        HadoopPath o = of(other);
        if (o.isAbsolute()) {
            return o;
        }
        if (o.path.isEmpty()) {
            return this;
        }
        return new HadoopPath(fs, path.isEmpty() ? o.path : path + "/" + o.path);
    }

    @Override
    public Path resolve(String other) {
        return resolve(new HadoopPath(fs, other));
    }

    @Override
    public Path relativize(Path other) {
        HadoopPath o = of(other);
        if (o.isAbsolute() != isAbsolute()) {
            throw new IllegalArgumentException("cannot relativize " + other + " against " + this);
        }
        List<String> a = names();
        List<String> b = o.names();
        int common = 0;
        while (common < a.size() && common < b.size() && a.get(common).equals(b.get(common))) {
            common++;
        }
        List<String> rel = new ArrayList<>();
        for (int k = common; k < a.size(); k++) {
            rel.add("..");
        }
        rel.addAll(b.subList(common, b.size()));
        return new HadoopPath(fs, String.join("/", rel));
    }

    @Override
    public URI toUri() {
        try {
            return new URI(fs.base().getScheme(), fs.base().getAuthority(), toAbsolutePath().path, null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public HadoopPath toAbsolutePath() {
        return isAbsolute() ? this : new HadoopPath(fs, "/" + path);
    }

    @Override
    public Path toRealPath(LinkOption... options) {
        return toAbsolutePath().normalize();
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
        throw new UnsupportedOperationException("watching a Hadoop file system");
    }

    @Override
    public int compareTo(Path other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HadoopPath p && p.fs == fs && p.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + System.identityHashCode(fs);
    }

    @Override
    public String toString() {
        String authority = fs.base().getAuthority();
        return isAbsolute() ? fs.base().getScheme() + "://" + (authority == null ? "" : authority) + path : path;
    }
}
