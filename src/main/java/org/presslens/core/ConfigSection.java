package org.presslens.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoublePredicate;

/**
 * One mapping of the configuration — a section such as {@code stats}, or a mapping inside one such as
 * {@code features.reliability} — read by the code that owns it. Reading a key with a typed getter declares it;
 * {@link #declare} declares keys read in another way (such as {@link ConfigRecord#bind}, whose keys are a record's
 * components). {@link #checkKeys()} then refuses any other key. Every
 * error is one line naming the file, the key and what was expected:
 * <pre>
 * presslens.yaml: stats: unknown key 'bootstrap' (allowed: alpha, bootstrap_samples, ...)
 * presslens.yaml: stats.alpha: expected a number between 0 and 1 (exclusive), found 1.5
 * </pre>
 * Adding a key to a section is one line: the getter that reads it.
 */
public final class ConfigSection {
    private static final int SHOWN_CHARS = 40;
    private final String file;
    private final String path;
    private final JsonNode node;
    private final Set<String> declared = new TreeSet<>();

    private ConfigSection(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        JsonNode n = node == null || node.isNull() ? MissingNode.getInstance() : node;
        if (!n.isMissingNode() && !n.isObject()) {
            throw new ConfigException(where(null) + ": expected a mapping of keys, found " + describe(n));
        }
        this.node = n;
    }

    /** A top-level section of the configuration; absent or empty ({@code stats:}) reads as no keys. */
    public static ConfigSection of(Settings settings, String section) {
        return new ConfigSection(settings.name(), section, settings.section(section));
    }

    /** The whole document as a section: its keys are the section names. */
    static ConfigSection root(String file, JsonNode root) {
        return new ConfigSection(file, "", root);
    }

    /** Declares keys that are read without this class's getters (by Jackson, or by another reader). */
    public ConfigSection declare(Collection<String> keys) {
        declared.addAll(keys);
        return this;
    }

    /** Declares keys that are read without this class's getters. */
    public ConfigSection declare(String... keys) {
        return declare(List.of(keys));
    }

    /** Whether the configuration sets the key (a {@code null} value counts as not set). */
    public boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** Every key the configuration sets here, in file order. */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Refuses any key that was not declared: {@code file: section: unknown key 'k' (allowed: ...)}. */
    public void checkKeys() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!declared.contains(k)) {
                throw new ConfigException(where(null) + ": unknown " + (path.isEmpty() ? "section" : "key") + " '"
                        + shown(k) + "' (allowed: "
                        + (declared.isEmpty() ? "none" : String.join(", ", declared)) + ")");
            }
        }
    }

    /** The raw value of a key (declaring it), or a missing node; {@code null} reads as missing. */
    public JsonNode value(String key) {
        declared.add(key);
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? MissingNode.getInstance() : v;
    }

    /** The mapping under a key (declaring it), checked to be a mapping when present. */
    public ConfigSection child(String key) {
        return new ConfigSection(file, path.isEmpty() ? key : path + "." + key, value(key));
    }

    /** A whole number in {@code [min, max]}; absent gives {@code def}. */
    public int integer(String key, int def, int min, int max) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return def;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw invalid(key, wholeNumber(min, max), v);
        }
        return v.intValue();
    }

    /** Any whole number that fits a {@code long}; absent gives {@code def}. */
    public long whole(String key, long def) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return def;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw invalid(key, "a whole number", v);
        }
        return v.longValue();
    }

    /** A number in {@code [min, max]}; absent gives {@code def}. */
    public double number(String key, double def, double min, double max) {
        return number(key, def, "a number from " + Numbers.format(min) + " to " + Numbers.format(max),
                x -> x >= min && x <= max);
    }

    /** A number accepted by {@code valid}, described by {@code expected} ("a level between 0 and 1, e.g. 0.05"). */
    public double number(String key, double def, String expected, DoublePredicate valid) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return def;
        }
        if (!v.isNumber() || !valid.test(v.doubleValue())) {
            throw invalid(key, expected, v);
        }
        return v.doubleValue();
    }

    /** {@code true} or {@code false}; absent gives {@code def}. */
    public boolean bool(String key, boolean def) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return def;
        }
        if (!v.isBoolean()) {
            throw invalid(key, "true or false", v);
        }
        return v.booleanValue();
    }

    /** A non-blank text ({@code what} names it in errors: "a file name"); absent gives {@code def}. */
    public String text(String key, String def, String what) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return def;
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw invalid(key, what, v);
        }
        return v.textValue();
    }

    /** One of {@code allowed} (given in lower case), matched case-insensitively; absent gives {@code def}. */
    public String choice(String key, String def, List<String> allowed) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return def;
        }
        String s = v.isTextual() ? v.textValue().toLowerCase(Locale.ROOT) : null;
        if (s == null || !allowed.contains(s)) {
            throw invalid(key, "one of " + String.join(", ", allowed), v);
        }
        return s;
    }

    /**
     * A list of non-blank texts ({@code what} names one element: "file names"); absent gives {@code def} (which may
     * be null, so that callers can tell "absent" from "empty").
     */
    public List<String> texts(String key, List<String> def, String what) {
        JsonNode v = value(key);
        if (v.isMissingNode()) {
            return def;
        }
        if (!v.isArray()) {
            throw invalid(key, "a list of " + what, v);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual() || x.textValue().isBlank()) {
                throw invalid(key, "a list of " + what, x);
            }
            out.add(x.textValue());
        }
        return List.copyOf(out);
    }

    /** An error about a key's value: {@code file: section.key: expected <expected>, found <value>}. */
    public ConfigException invalid(String key, String expected, JsonNode found) {
        return error(key, "expected " + expected + ", found " + describe(found));
    }

    /** An error about a key: {@code file: section.key: <message>}. */
    public ConfigException error(String key, String message) {
        return new ConfigException(where(key) + ": " + message);
    }

    /** How errors name a key of this section: {@code file: section.key}. */
    public String where(String key) {
        String p = key == null ? path : path.isEmpty() ? key : path + "." + key;
        return p.isEmpty() ? file : file + ": " + p;
    }

    /** A value as shown in messages: texts quoted and shortened, lists and mappings by kind, never raw bytes. */
    public static String describe(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return "nothing";
        }
        if (v.isTextual()) {
            return "'" + shown(v.textValue()) + "'";
        }
        if (v.isArray()) {
            return v.isEmpty() ? "an empty list" : "a list";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        return shown(v.asText());
    }

    /** A text for a one-line message: control characters replaced, at most {@value #SHOWN_CHARS} characters. */
    static String shown(String s) {
        return shown(s, SHOWN_CHARS);
    }

    /** A text for a one-line message: control characters replaced, at most {@code max} characters. */
    static String shown(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c);
        }
        return s.length() > max ? b + "…" : b.toString();
    }

    private static String wholeNumber(int min, int max) {
        if (min == Integer.MIN_VALUE && max == Integer.MAX_VALUE) {
            return "a whole number";
        }
        if (max == Integer.MAX_VALUE) {
            return "a whole number of at least " + min;
        }
        return "a whole number from " + min + " to " + max;
    }
}
