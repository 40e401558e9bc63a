package org.presslens.spark.fs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.apache.spark.deploy.SparkHadoopUtil;

/**
 * Inputs named by a URI of a Hadoop file system ({@code hdfs://namenode:8020/corpora/}, {@code s3a://bucket/news/},
 * {@code abfs://...}, {@code gs://...}, wherever the cluster has the connector) as {@link Path}s that the corpus reader
 * reads like local files. The Hadoop configuration is Spark's: the cluster's {@code *-site.xml} files and every
 * {@code spark.hadoop.*} setting (credentials, endpoints).
 */
public final class HadoopPaths {
    private static final Map<URI, HadoopNioFileSystem> SYSTEMS = new ConcurrentHashMap<>();

    private HadoopPaths() {
    }

    /**
     * The path that {@code uri} names on its Hadoop file system.
     *
     * @throws IllegalArgumentException when the URI is malformed or no Hadoop file system serves its scheme
     */
    public static Path of(String uri) {
        URI u;
        try {
            u = new URI(uri.replace(" ", "%20"));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(uri + ": not a valid URI: " + e.getMessage(), e);
        }
        URI base = URI.create(u.getScheme() + "://" + (u.getRawAuthority() == null ? "" : u.getRawAuthority()) + "/");
        HadoopNioFileSystem fs = SYSTEMS.computeIfAbsent(base, b -> {
            try {
                return new HadoopNioFileSystem(b, org.apache.hadoop.fs.FileSystem.get(b, configuration()));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(uri + ": no Hadoop file system for scheme '" + b.getScheme()
                        + "' (" + e.getMessage() + ")", e);
            }
        });
        return fs.getPath(u.getPath() == null || u.getPath().isEmpty() ? "/" : u.getPath());
    }

    /** Spark's Hadoop configuration: the executor's in a task, else one from the driver's Spark settings. */
    private static Configuration configuration() {
        SparkEnv env = SparkEnv.get();
        SparkConf conf = env != null ? env.conf() : new SparkConf();
        return SparkHadoopUtil.get().newConfiguration(conf);
    }
}
