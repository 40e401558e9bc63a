package org.presslens.cli;

/** A usage or configuration error found before any work starts: exit code 2 with a one-line reason. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
