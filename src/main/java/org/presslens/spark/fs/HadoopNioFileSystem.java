package org.presslens.spark.fs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.List;
import java.util.Set;

/**
 * One Hadoop file system ({@code scheme://authority}) seen through {@code java.nio.file}, read-only: what the corpus
 * reader needs to list folders, read attributes and read files, so that inputs on HDFS or object storage are read by
 * the same code as local ones.
 */
final class HadoopNioFileSystem extends FileSystem {
    private final HadoopFileSystemProvider provider;
    private final URI base;
    private final org.apache.hadoop.fs.FileSystem hadoop;

    HadoopNioFileSystem(URI base, org.apache.hadoop.fs.FileSystem hadoop) {
        this.base = base;
        this.hadoop = hadoop;
        this.provider = new HadoopFileSystemProvider(base.getScheme(), this);
    }

    /** {@code scheme://authority/}. */
    URI base() {
        return base;
    }

    org.apache.hadoop.fs.FileSystem hadoop() {
        return hadoop;
    }

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() throws IOException {
        // Hadoop caches its file systems per JVM: they are closed by Hadoop's shutdown hook
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public String getSeparator() {
        return "/";
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(new HadoopPath(this, "/"));
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return List.of();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic");
    }

    @Override
    public Path getPath(String first, String... more) {
        String p = more.length == 0 ? first : first + "/" + String.join("/", more);
        return new HadoopPath(this, p);
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        throw new UnsupportedOperationException("path matchers on a Hadoop file system");
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException();
    }
}
