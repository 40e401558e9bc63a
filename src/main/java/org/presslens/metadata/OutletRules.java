package org.presslens.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.presslens.core.Cancellation;
import org.presslens.core.ConfigException;
import org.presslens.core.ConfigSection;
import org.presslens.core.Settings;
import org.presslens.core.Yaml;

/**
 * Outlet rules from {@code config/outlets.yaml}: canonical outlet names with their web domains, aliases (spelling
 * variants) and text patterns. {@link #canonical} merges spelling variants; {@link #byDomain} and
 * {@link #findInLine} detect an outlet in a URL or a line of text. Immutable and thread-safe.
 */
public final class OutletRules {
    private static final Set<String> RULE_KEYS = Set.of("name", "domains", "aliases", "patterns");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A URL or domain; labels of at most 63 characters, at most 127 of them (DNS limits, and no deep regex recursion). */
    private static final Pattern DOMAIN_LIKE = Pattern.compile(
            "(?i)^(?:[a-z][a-z0-9+.-]*://)?(?:www\\.)?([a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,126}\\.[a-z]{2,})(?:[:/?#].*)?$");

    /**
     * One rule.
     *
     * @param name     canonical outlet name
     * @param domains  web domains (lower case, without {@code www.})
     * @param aliases  spelling variants
     * @param patterns text patterns (case-insensitive)
     */
    public record Rule(String name, List<String> domains, List<String> aliases, List<Pattern> patterns) {
        public Rule {
            domains = List.copyOf(domains);
            aliases = List.copyOf(aliases);
            patterns = List.copyOf(patterns);
        }
    }

    private final List<Rule> rules;
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> byDomain = new HashMap<>();
    private final String sha256;

    private OutletRules(List<Rule> rules, String sha256, String fileName) {
        this.rules = List.copyOf(rules);
        this.sha256 = sha256;
        Map<String, Integer> keyRule = new HashMap<>();
        Map<String, Integer> domainRule = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            List<String> names = new ArrayList<>(r.aliases());
            names.add(0, r.name());
            for (String n : names) {
                String k = key(n);
                if (k.isEmpty()) {
                    throw new ConfigException(fileName + " rule " + (i + 1) + " (" + r.name() + "): alias '" + n
                            + "' has no letters or digits");
                }
                Integer other = keyRule.putIfAbsent(k, i);
                if (other != null && other != i) {
                    throw new ConfigException(fileName + " rule " + (i + 1) + " (" + r.name() + "): name or alias '"
                            + n + "' is already used by rule " + (other + 1) + " (" + rules.get(other).name() + ")");
                }
                byKey.put(k, r.name());
            }
            for (String d : r.domains()) {
                Integer other = domainRule.putIfAbsent(d, i);
                if (other != null && other != i) {
                    throw new ConfigException(fileName + " rule " + (i + 1) + " (" + r.name() + "): domain '" + d
                            + "' is already used by rule " + (other + 1) + " (" + rules.get(other).name() + ")");
                }
                byDomain.put(d, r.name());
            }
        }
    }

    /** The rules file named in section {@code metadata} (key {@code outletRules}; default the built-in {@code outlets.yaml}). */
    public static OutletRules load(Settings settings) {
        ConfigSection section = ConfigSection.of(settings, "metadata");
        section.text("outletRules", null, "a file name");
        section.checkKeys();
        Settings.NamedFile f = settings.file("metadata", "outletRules", "outlets.yaml");
        return parse(f.bytes(), f.name());
    }

    /** No rules: canonical names are the names as written. */
    public static OutletRules empty() {
        return new OutletRules(List.of(), Settings.sha256(new byte[0]), "(none)");
    }

    /**
     * Parses rules from YAML ({@code outlets: [{name, domains, aliases, patterns}, ...]}).
     *
     * @param fileName how the file is named in error messages
     * @throws ConfigException naming the file, the rule index (1-based) and what is wrong
     */
    public static OutletRules parse(byte[] yaml, String fileName) {
        JsonNode list = Yaml.read(yaml, fileName).get("outlets");
        if (list == null || !list.isArray()) {
            throw new ConfigException(fileName + ": expected a key 'outlets' with a list of rules");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rules.add(rule(list.get(i), i + 1, fileName));
        }
        return new OutletRules(rules, Settings.sha256(yaml), fileName);
    }

    private static Rule rule(JsonNode n, int index, String file) {
        String where = file + " rule " + index;
        if (!n.isObject()) {
            throw new ConfigException(where + ": expected a mapping with name, domains, aliases, patterns");
        }
        JsonNode name = n.get("name");
        boolean named = name != null && name.isTextual() && !name.asText().isBlank();
        String whereNamed = named ? where + " (" + name.asText() + ")" : where;
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!RULE_KEYS.contains(k)) {
                throw new ConfigException(whereNamed + ": unknown key '" + k + "'; expected one of [name, domains, "
                        + "aliases, patterns]");
            }
        }
        if (!named) {
            throw new ConfigException(where + ": 'name' must be a non-empty string");
        }
        where = whereNamed;
        List<String> domains = new ArrayList<>();
        for (String d : strings(n, "domains", where)) {
            String dom = d.strip().toLowerCase(Locale.ROOT);
            if (dom.startsWith("www.")) {
                dom = dom.substring(4);
            }
            if (!DOMAIN_LIKE.matcher(dom).matches() || dom.contains("/")) {
                throw new ConfigException(where + ": domain '" + d + "' is not a domain name like example.com");
            }
            domains.add(dom);
        }
        List<Pattern> patterns = new ArrayList<>();
        List<String> ps = strings(n, "patterns", where);
        for (int p = 0; p < ps.size(); p++) {
            try {
                patterns.add(Pattern.compile(ps.get(p), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new ConfigException(where + ": pattern " + (p + 1) + " '" + ps.get(p)
                        + "' is not a valid regular expression: " + e.getDescription());
            }
        }
        return new Rule(name.asText().strip(), domains, strings(n, "aliases", where), patterns);
    }

    private static List<String> strings(JsonNode rule, String key, String where) {
        JsonNode n = rule.get(key);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new ConfigException(where + ": '" + key + "' must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isValueNode() || e.isNull() || e.asText().isBlank()) {
                throw new ConfigException(where + ": '" + key + "' must be a list of non-empty strings, found "
                        + e);
            }
            out.add(e.asText());
        }
        return out;
    }

    /** The rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /** SHA-256 of the rules file. */
    public String sha256() {
        return sha256;
    }

    /**
     * The canonical name of an outlet as written in a record, sidecar or text: by name or alias (ignoring case,
     * punctuation, spaces and a leading "The"), by domain when it is a domain or URL, or by a pattern matching the
     * whole string; otherwise the string itself, trimmed. Empty stays empty.
     */
    public String canonical(String outlet) {
        if (outlet == null) {
            return "";
        }
        String s = outlet.strip();
        if (s.isEmpty()) {
            return "";
        }
        String hit = byKey.get(key(s));
        if (hit != null) {
            return hit;
        }
        if (!s.contains(" ")) {
            Optional<String> d = byDomain(s);
            if (d.isPresent()) {
                return d.get();
            }
        }
        CharSequence checked = Cancellation.checking(s);
        for (Rule r : rules) {
            for (Pattern p : r.patterns()) {
                if (p.matcher(checked).matches()) {
                    return r.name();
                }
            }
        }
        return s;
    }

    /** The outlet whose domain (or a parent domain) is the host of a URL or a bare domain, if any rule has it. */
    public Optional<String> byDomain(String urlOrDomain) {
        String host = host(urlOrDomain);
        while (!host.isEmpty()) {
            String hit = byDomain.get(host);
            if (hit != null) {
                return Optional.of(hit);
            }
            int dot = host.indexOf('.');
            if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
                break;
            }
            host = host.substring(dot + 1);
        }
        return Optional.empty();
    }

    /**
     * The outlet of the first rule with a pattern found in the line, if any. The patterns come from the user's
     * configuration, so they run over a {@link Cancellation#checking} view: one that backtracks for too long is
     * stopped by the record's time budget.
     */
    public Optional<String> findInLine(String line) {
        CharSequence checked = Cancellation.checking(line);
        for (Rule r : rules) {
            for (Pattern p : r.patterns()) {
                if (p.matcher(checked).find()) {
                    return Optional.of(r.name());
                }
            }
        }
        return Optional.empty();
    }

    /** The lower-case host of a URL or domain without {@code www.}, or empty when it is neither. */
    public static String host(String urlOrDomain) {
        if (urlOrDomain == null) {
            return "";
        }
        String s = urlOrDomain.strip();
        var m = DOMAIN_LIKE.matcher(s);
        if (m.matches()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        try {
            String h = URI.create(s).getHost();
            if (h != null) {
                h = h.toLowerCase(Locale.ROOT);
                return h.startsWith("www.") ? h.substring(4) : h;
            }
        } catch (IllegalArgumentException e) {
            // not a URL
        }
        return "";
    }

    /** The comparison key of a name: letters and digits only, lower case, without a leading "the". */
    static String key(String name) {
        String k = NON_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        if (k.startsWith("the") && k.length() > 3) {
            k = k.substring(3);
        }
        return k;
    }
}
