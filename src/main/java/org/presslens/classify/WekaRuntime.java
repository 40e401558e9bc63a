package org.presslens.classify;

/**
 * Makes Weka start on this classpath. The build excludes {@code com.github.fommil.netlib:all} (its
 * {@code .pom} entry breaks Weka's class cache), which leaves netlib's native ARPACK/BLAS/LAPACK stubs
 * missing; without a choice, {@code WekaPackageManager}'s start-up fails with an
 * {@code ExceptionInInitializerError}. Selecting the pure-Java F2J implementations (unless the user chose
 * otherwise with the same system properties) avoids that.
 */
final class WekaRuntime {
    private WekaRuntime() {
    }

    /** Sets the netlib implementation properties when they are unset; idempotent. */
    static void ensure() {
        for (String lib : new String[] {"ARPACK", "BLAS", "LAPACK"}) {
            String key = "com.github.fommil.netlib." + lib;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "com.github.fommil.netlib.F2j" + lib);
            }
        }
    }
}
