package org.presslens.spark.fs;

import java.io.File;
import java.net.URI;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system under the scheme {@code lfs://} that serves local files: lets tests read inputs through
 * Hadoop's {@code FileSystem} API, as on HDFS or object storage, without a cluster.
 */
public final class LocalTestFileSystem extends RawLocalFileSystem {
    @Override
    public URI getUri() {
        return URI.create("lfs:///");
    }

    @Override
    public String getScheme() {
        return "lfs";
    }

    @Override
    public File pathToFile(Path path) {
        return new File(path.toUri().getPath());
    }

    @Override
    protected void checkPath(Path path) {
        // every lfs: path is a local path
    }
}
