package org.presslens.spark;

/**
 * Whether Spark can be used in this process. Kept apart from {@link SparkEngine}: checking must not link classes that
 * need Spark, which the default jar's class path does not hold.
 */
public final class SparkSupport {
    private SparkSupport() {
    }

    /** Whether Spark is on the class path. */
    public static boolean available() {
        try {
            Class.forName("org.apache.spark.SparkConf", false, SparkSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
