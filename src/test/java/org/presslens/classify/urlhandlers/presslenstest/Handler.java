package org.presslens.classify.urlhandlers.presslenstest;

import java.net.InetAddress;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The handler of the test-only URL protocol {@code presslenstest} (found through {@code java.protocol.handler.pkgs}):
 * counts the calls through which a deserialized {@code HashMap<URL, ?>} would resolve the URL's host (the URLDNS
 * gadget), and resolves nothing.
 */
public class Handler extends URLStreamHandler {
    /** Calls of {@link #hashCode(URL)} and {@link #getHostAddress(URL)}. */
    public static final AtomicInteger LOOKUPS = new AtomicInteger();

    @Override
    protected URLConnection openConnection(URL u) {
        throw new UnsupportedOperationException("test protocol");
    }

    /** Where the JDK's handler looks the host up; -1 keeps the URL's hash uncomputed, as URLDNS needs. */
    @Override
    protected int hashCode(URL u) {
        LOOKUPS.incrementAndGet();
        return -1;
    }

    @Override
    protected InetAddress getHostAddress(URL u) {
        LOOKUPS.incrementAndGet();
        return null;
    }
}
