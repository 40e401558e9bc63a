package org.presslens.lexicon;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import org.presslens.core.Yaml;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NormalizedWords;

/**
 * A named, versioned word list with categories, matched in one pass by a token trie over normalised words
 * (see {@link NormalizedWords} for the normalisation: case, hyphens, apostrophes, quotation marks and spacing
 * do not matter; other punctuation breaks a phrase). Immutable and thread-safe.
 *
 * <p>Entries: one or more words ({@code it is believed}); a trailing {@code *} matches any word starting with
 * the last word ({@code suggest*} → suggests, suggested, suggestion); a trailing {@code ~} adds the regular
 * English inflections of the last word ({@code warn~} → warn, warns, warned, warning). Matching is
 * leftmost-longest and non-overlapping, also across the lexicons matched together by
 * {@link #findTogether(List, NormalizedWords)}; an entry listed under several categories yields one match per
 * category.
 *
 * <p>Formats: presslens YAML ({@link #load}), LIWC-style {@code .dic} ({@link #loadDic}) and quanteda YAML
 * dictionaries ({@link #loadQuanteda}, whose patterns are globs: {@code *} and {@code ?} anywhere in a word);
 * {@link #loadYamlDictionary} tells the two YAML formats apart.
 */
public final class Lexicon {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Set<String> OPTIONAL_KEYS = Set.of("description", "source", "notes", "language", "licence",
            "license");

    private final String name;
    private final String version;
    private final String sha256;
    private final Map<String, List<String>> categories;
    private final List<Entry> entries;
    private final Node root;

    private record Entry(String text, List<String> categories) {
    }

    private record Prefix(String prefix, Node node) {
    }

    /** A word with quanteda glob wildcards ({@code *} any characters, {@code ?} one) other than one trailing {@code *}. */
    private record Glob(String pattern, java.util.regex.Pattern regex, Node node) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final Map<Character, List<Prefix>> prefixes = new HashMap<>();
        final List<Glob> globs = new ArrayList<>(0);
        int entry = -1;
        // the matching form, set by freeze() once the lexicon is built: arrays, no boxing or iterators per word
        Glob[] globArray = new Glob[0];
        /** By first character below 128: the prefixes starting with it, or {@code null}; {@code null} without prefixes. */
        Prefix[][] asciiPrefixes;
        /** The prefixes starting with any other character. */
        Map<Character, Prefix[]> otherPrefixes = Map.of();
        /** No word, prefix or glob continues from here. */
        boolean leaf = true;
        /**
         * A bit per {@code hashCode() & 4095} of the words in {@link #next}: a word whose bit is clear is not
         * there, without a lookup (most words of a text start no entry).
         */
        final long[] wordBits = new long[64];
        /**
         * For the ASCII prefixes: whether some prefix could match a word starting with these two ASCII
         * characters (index {@code c0 * 128 + c1}), or {@code null} without ASCII prefixes.
         */
        boolean[] prefixPairs;

        void freeze() {
            globArray = globs.toArray(new Glob[0]);
            leaf = next.isEmpty() && prefixes.isEmpty() && globs.isEmpty();
            for (String w : next.keySet()) {
                int b = w.hashCode() & 4095;
                wordBits[b >>> 6] |= 1L << b;
            }
            Map<Character, Prefix[]> other = new HashMap<>();
            for (Map.Entry<Character, List<Prefix>> e : prefixes.entrySet()) {
                Prefix[] ps = e.getValue().toArray(new Prefix[0]);
                if (e.getKey() < 128) {
                    if (asciiPrefixes == null) {
                        asciiPrefixes = new Prefix[128][];
                    }
                    asciiPrefixes[e.getKey()] = ps;
                    if (prefixPairs == null) {
                        prefixPairs = new boolean[128 * 128];
                    }
                    for (Prefix p : ps) {
                        char c0 = p.prefix().charAt(0);
                        if (p.prefix().length() == 1) {
                            Arrays.fill(prefixPairs, c0 * 128, c0 * 128 + 128, true);
                        } else if (p.prefix().charAt(1) < 128) {
                            prefixPairs[c0 * 128 + p.prefix().charAt(1)] = true;
                        } // a non-ASCII second character: only words with one reach it, through the full check
                    }
                } else {
                    other.put(e.getKey(), ps);
                }
                for (Prefix p : ps) {
                    p.node().freeze();
                }
            }
            otherPrefixes = other.isEmpty() ? Map.of() : other;
            for (Node n : next.values()) {
                n.freeze();
            }
            for (Glob g : globArray) {
                g.node().freeze();
            }
        }

        /** The word's node in {@link #next}, or {@code null}. */
        Node nextWord(String word) {
            int b = word.hashCode() & 4095;
            return (wordBits[b >>> 6] & (1L << b)) == 0 ? null : next.get(word);
        }

        /** The prefixes that may match {@code word} (non-empty): those starting with its first character, or {@code null}. */
        Prefix[] prefixesOf(String word) {
            char c = word.charAt(0);
            if (c < 128) {
                if (asciiPrefixes == null) {
                    return null;
                }
                if (word.length() > 1) {
                    char c1 = word.charAt(1);
                    if (c1 < 128 && !prefixPairs[c * 128 + c1]) {
                        return null;
                    }
                }
                return asciiPrefixes[c];
            }
            return otherPrefixes.isEmpty() ? null : otherPrefixes.get(c);
        }

        Node child(String word) {
            return next.computeIfAbsent(word, k -> new Node());
        }

        Node prefixChild(String prefix) {
            List<Prefix> list = prefixes.computeIfAbsent(prefix.charAt(0), k -> new ArrayList<>());
            for (Prefix p : list) {
                if (p.prefix.equals(prefix)) {
                    return p.node;
                }
            }
            Node n = new Node();
            list.add(new Prefix(prefix, n));
            return n;
        }

        Node globChild(String pattern) {
            for (Glob g : globs) {
                if (g.pattern.equals(pattern)) {
                    return g.node;
                }
            }
            StringBuilder re = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                re.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
            }
            Node n = new Node();
            globs.add(new Glob(pattern, java.util.regex.Pattern.compile(re.toString()), n));
            return n;
        }
    }

    private Lexicon(String name, String version, Map<String, List<String>> categories, String source,
                    Map<String, Integer> lines) {
        this(name, version, categories, source, lines, false);
    }

    private Lexicon(String name, String version, Map<String, List<String>> categories, String source,
                    Map<String, Integer> lines, boolean glob) {
        this.name = name;
        this.version = version;
        Map<String, List<String>> cats = new LinkedHashMap<>();
        categories.forEach((k, v) -> cats.put(k, List.copyOf(v)));
        this.categories = Collections.unmodifiableMap(cats);
        this.root = new Node();
        this.entries = new ArrayList<>();
        Map<String, Integer> entryByKey = new HashMap<>();
        TreeMap<String, TreeSet<String>> canonical = new TreeMap<>();
        for (Map.Entry<String, List<String>> c : cats.entrySet()) {
            TreeSet<String> keys = canonical.computeIfAbsent(c.getKey(), k -> new TreeSet<>());
            for (String raw : c.getValue()) {
                String where = source + (lines.containsKey(c.getKey() + "\u0000" + raw)
                        ? " line " + lines.get(c.getKey() + "\u0000" + raw) : "");
                for (String[] form : glob ? expandGlob(raw, where) : expand(raw, where)) {
                    String key = String.join(" ", form).replace("\u0000", "");
                    keys.add(key);
                    Integer id = entryByKey.get(key);
                    if (id == null) {
                        id = entries.size();
                        entries.add(new Entry(raw, new ArrayList<>()));
                        entryByKey.put(key, id);
                        insert(form, id);
                    }
                    List<String> ec = entries.get(id).categories();
                    if (!ec.contains(c.getKey())) {
                        ec.add(c.getKey());
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("name\t").append(name).append('\n').append("version\t").append(version).append('\n');
        canonical.forEach((cat, keys) -> {
            for (String k : keys) {
                sb.append(cat).append('\t').append(k).append('\n');
            }
        });
        this.sha256 = Settings.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
        root.freeze();
    }

    /**
     * A lexicon built in code.
     *
     * @param categories category name → entries, in the order given
     * @throws ConfigException when an entry is empty or misuses {@code *} / {@code ~}
     */
    public static Lexicon of(String name, String version, Map<String, List<String>> categories) {
        return new Lexicon(name, version, categories, "lexicon '" + name + "'", Map.of());
    }

    /** Normalised words of an entry with its wildcard marker (a trailing "*" word) or inflected variants. */
    private static List<String[]> expand(String raw, String where) {
        String t = raw.strip();
        boolean wildcard = t.endsWith("*");
        boolean inflect = t.endsWith("~");
        if (wildcard || inflect) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.indexOf('*') >= 0 || t.indexOf('~') >= 0) {
            throw new ConfigException(where + ": entry '" + raw + "': '*' and '~' are allowed only at the end");
        }
        List<String> words = NormalizedWords.wordsOf(t);
        if (words.isEmpty()) {
            throw new ConfigException(where + ": entry '" + raw + "' has no letters or digits");
        }
        List<String[]> out = new ArrayList<>();
        if (wildcard) {
            String[] w = words.toArray(new String[0]);
            w[w.length - 1] = w[w.length - 1] + "*";
            out.add(w);
        } else if (inflect) {
            String last = words.get(words.size() - 1);
            for (String v : Inflections.of(last)) {
                String[] w = words.toArray(new String[0]);
                w[w.length - 1] = v;
                out.add(w);
            }
        } else {
            out.add(words.toArray(new String[0]));
        }
        return out;
    }

    /**
     * An entry in quanteda's glob mode: {@code *} any run of characters and {@code ?} exactly one, anywhere in a
     * word; a word whose only wildcard is one trailing {@code *} is a prefix as in {@link #expand}. Words holding a
     * wildcard are lower-cased and may hold only letters and digits besides it.
     */
    private static List<String[]> expandGlob(String raw, String where) {
        String t = raw.strip();
        if (t.indexOf('*') < 0 && t.indexOf('?') < 0) {
            return expand(t.replace("~", " "), where);
        }
        List<String> words = new ArrayList<>();
        for (String token : t.split("\\s+")) {
            if (token.indexOf('*') < 0 && token.indexOf('?') < 0) {
                words.addAll(NormalizedWords.wordsOf(token));
                continue;
            }
            String lower = token.toLowerCase(java.util.Locale.ROOT);
            String literal = lower.replace("*", "").replace("?", "");
            if (!literal.codePoints().allMatch(Character::isLetterOrDigit)) {
                List<String> parts = NormalizedWords.wordsOf(lower.replace("*", "").replace("?", ""));
                throw new ConfigException(where + ": pattern '" + raw + "': a word with a wildcard ('" + token
                        + "') may hold only letters and digits besides '*' and '?'"
                        + (parts.size() > 1 ? " (write its words apart)" : ""));
            }
            String w = lower.replaceAll("\\*+", "*");
            boolean prefixOnly = w.indexOf('?') < 0 && w.indexOf('*') == w.length() - 1 && w.length() > 1;
            words.add(prefixOnly ? w : "\u0000" + w);
        }
        if (words.isEmpty()) {
            throw new ConfigException(where + ": pattern '" + raw + "' has no letters, digits or wildcards");
        }
        List<String[]> out = new ArrayList<>();
        out.add(words.toArray(new String[0]));
        return out;
    }

    private void insert(String[] form, int id) {
        Node n = root;
        for (String w : form) {
            n = w.startsWith("\u0000") ? n.globChild(w.substring(1))
                    : w.endsWith("*") ? n.prefixChild(w.substring(0, w.length() - 1)) : n.child(w);
        }
        if (n.entry < 0) {
            n.entry = id;
        }
    }

    // ---------------------------------------------------------------- YAML

    /**
     * Loads a YAML lexicon: {@code name}, {@code version}, optional {@code description}, and {@code categories},
     * a mapping from category name to a list of entries.
     *
     * @param defaultName       the name used when the file has no {@code name} key
     * @param yaml              the file's bytes (UTF-8)
     * @param sourceForMessages how the file is named in error messages
     * @throws ConfigException naming the file and line when it does not parse or breaks the format
     */
    public static Lexicon load(String defaultName, byte[] yaml, String sourceForMessages) {
        String name = defaultName;
        String version = "";
        Map<String, List<String>> cats = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Yaml.requireText(yaml, sourceForMessages);
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw err(sourceForMessages, p.currentLocation(), "expected a mapping with keys name, version, categories");
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyLoc = p.currentLocation();
                t = p.nextToken();
                switch (key) {
                    case "name" -> name = scalar(p, t, sourceForMessages, "name");
                    case "version" -> version = scalar(p, t, sourceForMessages, "version");
                    case "categories" -> readCategories(p, t, sourceForMessages, cats, lines);
                    default -> {
                        if (!OPTIONAL_KEYS.contains(key)) {
                            throw err(sourceForMessages, keyLoc, "unknown key '" + key
                                    + "' (expected name, version, categories, description, source, notes)");
                        }
                        p.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw Yaml.syntaxError(sourceForMessages, e, "not a valid lexicon YAML");
        } catch (IOException e) {
            throw new ConfigException(sourceForMessages + ": cannot read: " + e.getMessage(), e);
        }
        if (name == null || name.isBlank()) {
            throw new ConfigException(sourceForMessages + ": lexicon has no name");
        }
        if (cats.isEmpty()) {
            throw new ConfigException(sourceForMessages + ": lexicon '" + name + "' has no categories");
        }
        return new Lexicon(name, version, cats, sourceForMessages, lines);
    }

    private static void readCategories(JsonParser p, JsonToken t, String src, Map<String, List<String>> cats,
                                       Map<String, Integer> lines) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw err(src, p.currentLocation(), "'categories' must be a mapping of category name to a list of entries");
        }
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String cat = p.currentName();
            if (!cat.matches("[a-z][a-z0-9_]*")) {
                throw err(src, p.currentLocation(), "category '" + cat
                        + "': expected a lower-case name of letters, digits and underscores");
            }
            if (cats.containsKey(cat)) {
                throw err(src, p.currentLocation(), "category '" + cat + "' is listed twice");
            }
            t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                throw err(src, p.currentLocation(), "category '" + cat + "': expected a list of entries");
            }
            List<String> list = new ArrayList<>();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (!t.isScalarValue() || t == JsonToken.VALUE_NULL) {
                    throw err(src, p.currentLocation(), "category '" + cat + "': expected a word or phrase, found "
                            + (t == JsonToken.VALUE_NULL ? "an empty entry" : "a nested structure"));
                }
                String e = p.getText();
                list.add(e);
                lines.putIfAbsent(cat + "\u0000" + e, p.currentLocation().getLineNr());
            }
            if (list.isEmpty()) {
                throw err(src, p.currentLocation(), "category '" + cat + "' has no entries");
            }
            cats.put(cat, list);
        }
    }

    private static String scalar(JsonParser p, JsonToken t, String src, String key) throws IOException {
        if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
            throw err(src, p.currentLocation(), "'" + key + "' must be a single value");
        }
        return p.getText();
    }

    private static ConfigException err(String src, JsonLocation loc, String msg) {
        return new ConfigException(src + " line " + loc.getLineNr() + ": " + msg);
    }

    // ---------------------------------------------------------------- quanteda YAML

    /** Largest dictionary file read ({@code --dictionary}, {@code features.dictionaries}), in bytes. */
    public static final int MAX_DICTIONARY_BYTES = 16 << 20;
    /** Deepest nesting of categories in a quanteda dictionary. */
    public static final int MAX_CATEGORY_DEPTH = 16;
    private static final YAMLFactory LIMITED_YAML = YAMLFactory.builder()
            .loaderOptions(limitedLoaderOptions())
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_CATEGORY_DEPTH + 2).maxStringLength(MAX_DICTIONARY_BYTES)
                    .maxDocumentLength(MAX_DICTIONARY_BYTES).build())
            .build();

    private static org.yaml.snakeyaml.LoaderOptions limitedLoaderOptions() {
        org.yaml.snakeyaml.LoaderOptions o = new org.yaml.snakeyaml.LoaderOptions();
        o.setCodePointLimit(MAX_DICTIONARY_BYTES);
        o.setMaxAliasesForCollections(0);
        o.setNestingDepthLimit(MAX_CATEGORY_DEPTH + 2);
        return o;
    }

    /** A parsed YAML node with the line it starts on: a mapping (ordered keys), a list or a single value. */
    private record YNode(int line, Map<String, YNode> map, Map<String, Integer> keyLines, List<YNode> list,
                         String text) {
        boolean isMap() {
            return map != null;
        }

        boolean isList() {
            return list != null;
        }

        String kind() {
            return map != null ? "a mapping" : list != null ? "a list" : text == null ? "an empty value"
                    : "a single value";
        }
    }

    private static YNode readTree(JsonParser p, JsonToken t, String src, int depth) throws IOException {
        int line = p.currentLocation().getLineNr();
        if (depth > MAX_CATEGORY_DEPTH + 1) {
            throw new ConfigException(src + " line " + line + ": nested deeper than " + MAX_CATEGORY_DEPTH
                    + " levels of categories");
        }
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
            throw new ConfigException(src + " line " + line + ": *" + p.getText() + " is a YAML alias, not a "
                    + "pattern: quote a pattern that starts with '*' ('*" + p.getText() + "'); aliases are not "
                    + "allowed in a dictionary");
        }
        if (t == JsonToken.START_OBJECT) {
            Map<String, YNode> m = new LinkedHashMap<>();
            Map<String, Integer> lines = new HashMap<>();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentLocation().getLineNr();
                if (m.containsKey(key)) {
                    throw new ConfigException(src + " line " + keyLine + ": key '" + key + "' is listed twice");
                }
                lines.put(key, keyLine);
                m.put(key, readTree(p, p.nextToken(), src, depth + 1));
            }
            return new YNode(line, m, lines, null, null);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YNode> l = new ArrayList<>();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                l.add(readTree(p, t, src, depth + 1));
            }
            return new YNode(line, null, null, l, null);
        }
        return new YNode(line, null, null, null, t == JsonToken.VALUE_NULL ? null : p.getText());
    }

    /**
     * Loads a YAML dictionary file: presslens's own lexicon format ({@link #load}) when the top-level mapping has
     * a {@code categories} mapping and only presslens's keys (or a single-valued {@code name} or
     * {@code version}), else a quanteda dictionary ({@link #loadQuanteda}).
     */
    public static Lexicon loadYamlDictionary(String defaultName, byte[] yaml, String sourceForMessages) {
        YNode root = parseLimited(yaml, sourceForMessages);
        if (root.isMap() && root.map().containsKey("categories") && root.map().get("categories").isMap()) {
            boolean own = OPTIONAL_KEYS.containsAll(root.map().keySet().stream()
                    .filter(k -> !k.equals("name") && !k.equals("version") && !k.equals("categories")).toList());
            for (String k : List.of("name", "version")) {
                YNode v = root.map().get(k);
                own |= v != null && !v.isMap() && !v.isList();
            }
            if (own) {
                return load(defaultName, yaml, sourceForMessages);
            }
        }
        return quanteda(defaultName, root, sourceForMessages);
    }

    /**
     * Loads a quanteda dictionary as {@code dictionary(file = ..., format = "YAML")} reads it and
     * {@code as.yaml()} writes it: top-level keys are categories, each holding a list of patterns (or one
     * pattern) or a mapping of subcategories, whose names join their parent's with a period
     * ({@code economy.taxation}). Key names are lower-cased and reduced to {@code [a-z0-9_]} per level. Patterns
     * are globs as in quanteda's default {@code valuetype = "glob"}: {@code *} matches any characters and
     * {@code ?} one, anywhere in a word; words separated by spaces are a multi-word pattern
     * ({@code united states}). Matching is case-insensitive, like quanteda's default.
     *
     * @throws ConfigException naming the file, line and key of the first malformed part
     */
    public static Lexicon loadQuanteda(String name, byte[] yaml, String sourceForMessages) {
        return quanteda(name, parseLimited(yaml, sourceForMessages), sourceForMessages);
    }

    private static YNode parseLimited(byte[] yaml, String src) {
        if (yaml.length > MAX_DICTIONARY_BYTES) {
            throw new ConfigException(src + ": " + yaml.length + " bytes, too large for a dictionary (at most "
                    + MAX_DICTIONARY_BYTES + ")");
        }
        Yaml.requireText(yaml, src);
        try (JsonParser p = LIMITED_YAML.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ConfigException(src + ": empty dictionary file");
            }
            return readTree(p, t, src, 0);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new ConfigException(src + ": dictionary exceeds a limit (nesting at most " + MAX_CATEGORY_DEPTH
                    + " levels, at most " + MAX_DICTIONARY_BYTES + " bytes): " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw Yaml.syntaxError(src, e, "not a valid YAML dictionary");
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new ConfigException(src + ": not a valid YAML dictionary: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new ConfigException(src + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Lexicon quanteda(String name, YNode root, String src) {
        if (!root.isMap() || root.map().isEmpty()) {
            throw new ConfigException(src + " line " + root.line() + ": expected a quanteda dictionary (a mapping of "
                    + "category keys to lists of patterns) or a presslens lexicon (name, version, categories), found "
                    + root.kind());
        }
        Map<String, List<String>> cats = new LinkedHashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        flatten(root, "", "", src, cats, keyOf, lines);
        return new Lexicon(name, "", cats, src, lines, true);
    }

    private static void flatten(YNode node, String prefix, String keyPath, String src, Map<String, List<String>> cats,
                                Map<String, String> keyOf, Map<String, Integer> lines) {
        for (Map.Entry<String, YNode> e : node.map().entrySet()) {
            String key = e.getKey();
            String path = keyPath.isEmpty() ? key : keyPath + "." + key;
            int keyLine = node.keyLines().get(key);
            String where = src + " line " + keyLine + ": key '" + path + "'";
            String level = key.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            if (level.replace("_", "").isEmpty()) {
                throw new ConfigException(where + ": a category key needs a letter or digit");
            }
            String cat = prefix.isEmpty() ? level : prefix + "." + level;
            YNode v = e.getValue();
            if (v.isMap()) {
                if (v.map().isEmpty()) {
                    throw new ConfigException(where + ": empty mapping (expected patterns or subcategories)");
                }
                flatten(v, cat, path, src, cats, keyOf, lines);
                continue;
            }
            if (keyOf.containsKey(cat)) {
                throw new ConfigException(where + ": category name '" + cat + "' is also that of key '"
                        + keyOf.get(cat) + "' (names are lower-cased and reduced to letters, digits and _)");
            }
            List<String> patterns = new ArrayList<>();
            List<YNode> items = v.isList() ? v.list() : v.text() == null || v.text().isBlank() ? List.of() : List.of(v);
            boolean children = false;
            for (YNode item : items) {
                if (item.isMap() && !item.map().isEmpty()) {
                    // a key with patterns and subcategories: [pattern, ..., {child: [...]}]
                    flatten(item, cat, path, src, cats, keyOf, lines);
                    children = true;
                    continue;
                }
                if (item.isMap() || item.isList() || item.text() == null) {
                    throw new ConfigException(src + " line " + item.line() + ": key '" + path
                            + "': expected a pattern (a word or phrase), found " + item.kind());
                }
                if (item.text().isBlank()) {
                    throw new ConfigException(src + " line " + item.line() + ": key '" + path + "': empty pattern");
                }
                String pat = item.text().strip();
                expandGlob(pat, src + " line " + item.line() + ": key '" + path + "'");
                patterns.add(pat);
                lines.putIfAbsent(cat + "\u0000" + pat, item.line());
            }
            if (patterns.isEmpty() && children) {
                continue;
            }
            if (patterns.isEmpty()) {
                throw new ConfigException(where + ": no patterns (expected a list of words or phrases, or a mapping "
                        + "of subcategories)");
            }
            if (keyOf.containsKey(cat)) {
                throw new ConfigException(where + ": category name '" + cat + "' is also that of key '"
                        + keyOf.get(cat) + "' (names are lower-cased and reduced to letters, digits and _)");
            }
            keyOf.put(cat, path);
            cats.put(cat, patterns);
        }
    }

    // ---------------------------------------------------------------- LIWC .dic

    /**
     * Loads a LIWC-style dictionary: a header between two {@code %} lines mapping category ids to names
     * ({@code 1	posemo}), then one entry per line followed by its category ids ({@code abandon*	1 3};
     * multi-word entries allowed). Blank lines are ignored.
     *
     * @throws ConfigException naming the file and line of the first line that does not parse
     */
    public static Lexicon loadDic(String name, byte[] dic, String sourceForMessages) {
        if (dic.length > MAX_DICTIONARY_BYTES) {
            throw new ConfigException(sourceForMessages + ": " + dic.length + " bytes, too large for a dictionary "
                    + "(at most " + MAX_DICTIONARY_BYTES + ")");
        }
        Map<String, String> idToName = new LinkedHashMap<>();
        Map<String, List<String>> cats = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        int state = 0; // 0 before header, 1 in header, 2 entries
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(dic),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String s = line.strip();
                if (s.isEmpty()) {
                    continue;
                }
                String where = sourceForMessages + " line " + lineNo;
                if (state == 0) {
                    if (!s.equals("%")) {
                        throw new ConfigException(where + ": expected '%' opening the category header, found '"
                                + s + "'");
                    }
                    state = 1;
                } else if (state == 1) {
                    if (s.equals("%")) {
                        if (idToName.isEmpty()) {
                            throw new ConfigException(where + ": the category header is empty");
                        }
                        state = 2;
                        continue;
                    }
                    String[] parts = s.split("\\s+");
                    if (parts.length != 2 || !parts[0].matches("\\d+")) {
                        throw new ConfigException(where + ": expected '<id> <category>' in the header, found '" + s + "'");
                    }
                    String catName = parts[1].toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
                    if (idToName.containsKey(parts[0])) {
                        throw new ConfigException(where + ": category id " + parts[0] + " is defined twice");
                    }
                    if (idToName.containsValue(catName)) {
                        throw new ConfigException(where + ": category name '" + parts[1] + "' is defined twice");
                    }
                    idToName.put(parts[0], catName);
                    cats.put(catName, new ArrayList<>());
                } else {
                    String[] parts = s.split("\\s+");
                    int k = parts.length;
                    while (k > 0 && parts[k - 1].matches("\\d+")) {
                        k--;
                    }
                    if (k == parts.length) {
                        throw new ConfigException(where + ": expected an entry followed by category ids, found '" + s + "'");
                    }
                    if (k == 0) {
                        throw new ConfigException(where + ": expected an entry before the category ids, found '" + s + "'");
                    }
                    String entry = String.join(" ", List.of(parts).subList(0, k));
                    for (int i = k; i < parts.length; i++) {
                        String catName = idToName.get(parts[i]);
                        if (catName == null) {
                            throw new ConfigException(where + ": category id " + parts[i] + " of '" + entry
                                    + "' is not in the header (ids: " + idToName.keySet() + ")");
                        }
                        cats.get(catName).add(entry);
                        lines.putIfAbsent(catName + "\u0000" + entry, lineNo);
                    }
                    // validate the entry now so the error names this line
                    expand(entry, where);
                }
            }
        } catch (IOException e) {
            throw new ConfigException(sourceForMessages + ": cannot read: " + e.getMessage(), e);
        }
        if (state != 2) {
            throw new ConfigException(sourceForMessages + " line " + lineNo + ": "
                    + (state == 0 ? "empty dictionary: expected a '%' category header" : "the category header is not closed by '%'"));
        }
        cats.values().removeIf(List::isEmpty);
        if (cats.isEmpty()) {
            throw new ConfigException(sourceForMessages + ": dictionary has no entries");
        }
        return new Lexicon(name, "", cats, sourceForMessages, lines);
    }

    /**
     * Loads a lexicon named in the configuration ({@code lexicons/hedges.yaml}), relative to the configuration's
     * folder or from the built-in configuration. A {@code .dic} file is read as a LIWC dictionary named after
     * the file; anything else as YAML.
     */
    public static Lexicon fromConfig(Settings settings, String relativePath) {
        return fromConfig(settings, relativePath, Lexicon::load);
    }

    /**
     * Loads a dictionary named in the configuration ({@code features.dictionaries}): a {@code .dic} file as a LIWC
     * dictionary, anything else as a YAML dictionary ({@link #loadYamlDictionary}: quanteda or presslens format).
     */
    public static Lexicon dictionaryFromConfig(Settings settings, String relativePath) {
        return fromConfig(settings, relativePath, Lexicon::loadYamlDictionary);
    }

    /** How a YAML file becomes a lexicon: name, bytes, where they come from (for messages). */
    @FunctionalInterface
    private interface YamlLoader {
        Lexicon load(String name, byte[] bytes, String source);
    }

    /** A file named in the configuration: {@code .dic} as LIWC, anything else through {@code yaml}. */
    private static Lexicon fromConfig(Settings settings, String relativePath, YamlLoader yaml) {
        byte[] bytes = settings.readRelative(relativePath);
        String source = settings.describeRelative(relativePath);
        String base = baseName(relativePath);
        return relativePath.toLowerCase(java.util.Locale.ROOT).endsWith(".dic")
                ? loadDic(base, bytes, source) : yaml.load(base, bytes, source);
    }

    /**
     * Loads a dictionary file given by the user ({@code --dictionary FILE}): {@code .dic} as LIWC, anything else
     * as a YAML dictionary (quanteda or presslens format, {@link #loadYamlDictionary}).
     */
    public static Lexicon fromFile(java.nio.file.Path file) {
        byte[] bytes;
        try {
            if (java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) > MAX_DICTIONARY_BYTES) {
                throw new ConfigException(file + ": " + java.nio.file.Files.size(file) + " bytes, too large for a "
                        + "dictionary (at most " + MAX_DICTIONARY_BYTES + ")");
            }
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException(file + ": dictionary file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        String base = baseName(file.getFileName().toString());
        return file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".dic")
                ? loadDic(base, bytes, file.toString()) : loadYamlDictionary(base, bytes, file.toString());
    }

    /** File name without folders and extension, lower-cased, reduced to [a-z0-9_]. */
    static String baseName(String path) {
        String f = path.replace('\\', '/');
        f = f.substring(f.lastIndexOf('/') + 1);
        int dot = f.indexOf('.');
        if (dot > 0) {
            f = f.substring(0, dot);
        }
        return f.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    // ---------------------------------------------------------------- matching

    /** Matches in an analysed body (offsets into its body). */
    public List<LexiconMatch> find(AnalyzedText text) {
        return find(text.words());
    }

    /** Matches in a plain text (offsets into it). */
    public List<LexiconMatch> find(CharSequence text) {
        return find(NormalizedWords.of(text));
    }

    /** Matches over normalised words: leftmost-longest, non-overlapping, in text order. */
    public List<LexiconMatch> find(NormalizedWords w) {
        return findTogether(List.of(this), w).get(0);
    }

    /** {@link #findTogether(List, NormalizedWords)} over an analysed body (offsets into its body). */
    public static List<List<LexiconMatch>> findTogether(List<Lexicon> lexicons, AnalyzedText text) {
        return findTogether(lexicons, text.words());
    }

    /**
     * Matches several lexicons as if they were one: leftmost-longest and non-overlapping across all of them. At
     * each word the longest entry starting there in any of the lexicons wins and matching resumes after it, so a
     * span inside a longer match of another lexicon ({@code confrontation} inside {@code non-confrontation}) is
     * not matched, and of two overlapping matches the one starting first wins. When several lexicons have an
     * entry of exactly that span, each of them matches it (as an entry listed under several categories yields
     * one match per category).
     *
     * @return one list of matches per lexicon, in the order given, each in text order
     */
    public static List<List<LexiconMatch>> findTogether(List<Lexicon> lexicons, NormalizedWords w) {
        int k = lexicons.size();
        List<List<LexiconMatch>> out = new ArrayList<>(k);
        for (int l = 0; l < k; l++) {
            out.add(new ArrayList<>());
        }
        long[] found = new long[k];
        int n = w.size();
        int i = 0;
        while (i < n) {
            int endWord = -1;
            for (int l = 0; l < k; l++) {
                found[l] = longest(lexicons.get(l).root, w, i, i);
                if (found[l] >= 0) {
                    endWord = Math.max(endWord, (int) (found[l] >>> 32));
                }
            }
            if (endWord < 0) {
                i++;
                continue;
            }
            for (int l = 0; l < k; l++) {
                if (found[l] >= 0 && (int) (found[l] >>> 32) == endWord) {
                    Entry e = lexicons.get(l).entries.get((int) found[l]);
                    for (String c : e.categories()) {
                        out.get(l).add(new LexiconMatch(c, e.text(), w.start(i), w.end(endWord)));
                    }
                }
            }
            i = endWord + 1;
        }
        return out;
    }

    /** Longest match starting at word {@code from}, walking {@code node} at word {@code j}: (endWord << 32 | entry) or -1. */
    private static long longest(Node node, NormalizedWords w, int j, int from) {
        if (j >= w.size() || (j > from && w.breakBefore(j))) {
            return -1;
        }
        String word = w.word(j);
        long best = -1;
        Node exact = node.nextWord(word);
        if (exact != null) {
            best = step(exact, w, j, from);
        }
        for (Glob g : node.globArray) {
            if (g.regex().matcher(word).matches()) {
                long r = step(g.node(), w, j, from);
                if (r >= 0 && (best < 0 || (r >>> 32) > (best >>> 32))) {
                    best = r;
                }
            }
        }
        Prefix[] ps = word.isEmpty() ? null : node.prefixesOf(word);
        if (ps != null) {
            for (Prefix p : ps) {
                if (word.startsWith(p.prefix())) {
                    long r = step(p.node(), w, j, from);
                    if (r >= 0 && (best < 0 || (r >>> 32) > (best >>> 32))) {
                        best = r;
                    }
                }
            }
        }
        return best;
    }

    private static long step(Node n, NormalizedWords w, int j, int from) {
        long here = n.entry >= 0 ? ((long) j << 32) | n.entry : -1;
        if (n.leaf) {
            return here;
        }
        long deeper = longest(n, w, j + 1, from);
        return deeper >= 0 ? deeper : here;
    }

    // ---------------------------------------------------------------- accessors

    public String name() {
        return name;
    }

    /** The version string from the file (empty for {@code .dic} files). */
    public String version() {
        return version;
    }

    /** SHA-256 over the normalised content (name, version, sorted category/entry pairs). */
    public String sha256() {
        return sha256;
    }

    /** Category names in file order. */
    public List<String> categories() {
        return List.copyOf(categories.keySet());
    }

    /** Entries of one category as written (empty when the category does not exist). */
    public List<String> entries(String category) {
        return categories.getOrDefault(category, List.of());
    }

    /** Number of distinct normalised entries (after inflection expansion). */
    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return "Lexicon[" + name + " v" + version + ", " + categories.size() + " categories, " + entries.size()
                + " entries]";
    }
}
