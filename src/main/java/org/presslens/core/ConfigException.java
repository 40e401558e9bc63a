package org.presslens.core;

/**
 * A configuration, lexicon, label or model file that cannot be used. The message names the file, the line
 * or key, the bad value and what was expected.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
