package org.presslens.clean;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.core.ConfigException;
import org.presslens.core.Yaml;

/**
 * The boilerplate line rules of {@code config/boilerplate.yaml}: per rule a removal reason, an action and
 * exact / prefix / contains keys over normalised lines (see {@link LineKey}). Matching costs a few hash
 * look-ups per line: exact keys are a hash set, prefixes are indexed by their first word. Immutable and
 * thread-safe.
 */
public final class BoilerplateRules {

    /** What happens to a matching line. */
    public enum Action {
        /** Drop the line. */
        REMOVE,
        /** Drop the line and the following lines up to the next body paragraph. */
        LIST,
        /** Drop the line and every line after it. */
        CUT,
        /** Drop the line as page metadata. */
        META,
        /** Keep the line, even in the footer zone. */
        KEEP
    }

    /** One compiled rule. */
    public record Rule(LineKind kind, Action action, Set<String> exact, Map<String, List<String>> prefixes,
                       List<String> contains, int maxWords, boolean nonSentence) {
        public Rule {
            exact = Set.copyOf(exact);
            prefixes = Map.copyOf(prefixes);
            contains = List.copyOf(contains);
        }

        boolean matches(Probe p) {
            if (p.words > maxWords) {
                return false;
            }
            if (!exact.isEmpty() && p.words <= p.exactMaxWords && exact.contains(p.full().bare())) {
                return true;
            }
            if (nonSentence && p.endsSentence) {
                return false;
            }
            if (!prefixes.isEmpty() && prefixes.containsKey(p.firstWord())) {
                LineKey head = p.head();
                List<String> ps = prefixes.get(head.firstWord());
                if (ps != null) {
                    String key = head.key();
                    for (String x : ps) {
                        if (key.startsWith(x) && (key.length() == x.length() || key.charAt(x.length()) == ' ')) {
                            return true;
                        }
                    }
                }
            }
            if (!contains.isEmpty()) {
                String key = p.full().key();
                for (String c : contains) {
                    if (key.contains(c)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** One line under test, with its keys computed only when a rule needs them. */
    private static final class Probe {
        final String line;
        final int words;
        final boolean endsSentence;
        final int exactMaxWords;
        private final int headChars;
        private LineKey head;
        private LineKey full;

        Probe(String line, int words, boolean endsSentence, int exactMaxWords, int headChars) {
            this.line = line;
            this.words = words;
            this.endsSentence = endsSentence;
            this.exactMaxWords = exactMaxWords;
            this.headChars = headChars;
        }

        private String firstWord;

        /** The key's first word, found without normalising the whole line. */
        String firstWord() {
            if (firstWord == null) {
                firstWord = LineKey.firstWord(line);
            }
            return firstWord;
        }

        LineKey head() {
            if (head == null) {
                head = full != null ? full : LineKey.of(line, headChars);
            }
            return head;
        }

        LineKey full() {
            if (full == null) {
                full = LineKey.of(line);
            }
            return full;
        }
    }

    private static final List<String> RULE_KEYS = List.of("reason", "action", "exact", "prefix", "contains",
            "maxWords", "nonSentence");

    private final List<Rule> rules;
    private final Set<String> socialNetworks;
    private final int maxRuleWords;
    private final int exactMaxWords;
    private final int headChars;

    /** Rules in matching order and the social network names that make up share bars. */
    public BoilerplateRules(List<Rule> rules, Set<String> socialNetworks) {
        this.rules = List.copyOf(rules);
        this.socialNetworks = Set.copyOf(socialNetworks);
        this.maxRuleWords = this.rules.stream().mapToInt(Rule::maxWords).max().orElse(0);
        this.exactMaxWords = this.rules.stream().flatMap(r -> r.exact().stream())
                .mapToInt(e -> e.isEmpty() ? 0 : e.split(" ").length).max().orElse(0);
        // a prefix key of k characters comes from at most about 4k raw characters (punctuation collapses)
        this.headChars = 4 * this.rules.stream().flatMap(r -> r.prefixes().values().stream())
                .flatMap(List::stream).mapToInt(String::length).max().orElse(0) + 8;
    }

    /** The rules, in matching order. */
    public List<Rule> rules() {
        return rules;
    }

    /** Lower-case social network names. */
    public Set<String> socialNetworks() {
        return socialNetworks;
    }

    /** The largest {@code maxWords} of any rule: longer lines are never matched. */
    public int maxRuleWords() {
        return maxRuleWords;
    }

    /**
     * The first rule matching a line, or {@code null}. Keys are computed lazily: the first characters for
     * prefixes, the whole line only for short lines (exact keys) or rules with 'contains' entries.
     */
    public Rule match(String line, int words, boolean endsSentence) {
        if (words > maxRuleWords) {
            return null;
        }
        Probe p = new Probe(line, words, endsSentence, exactMaxWords, headChars);
        for (Rule r : rules) {
            if (r.matches(p)) {
                return r;
            }
        }
        return null;
    }

    /** Parses a rule file; {@code name} identifies it in error messages. */
    public static BoilerplateRules parse(byte[] yaml, String name) {
        JsonNode root = Yaml.read(yaml, name);
        if (!root.isObject()) {
            throw new ConfigException(name + ": expected a mapping with 'socialNetworks' and 'rules'");
        }
        Set<String> social = new HashSet<>();
        for (String s : strings(root.get("socialNetworks"), name + ": socialNetworks")) {
            social.add(LineKey.of(s).bare());
        }
        JsonNode rs = root.get("rules");
        if (rs == null || !rs.isArray()) {
            throw new ConfigException(name + ": 'rules' must be a list of rules");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            rules.add(rule(rs.get(i), name + ": rules[" + i + "]"));
        }
        return new BoilerplateRules(rules, social);
    }

    private static Rule rule(JsonNode n, String where) {
        if (!n.isObject()) {
            throw new ConfigException(where + ": expected a mapping with keys " + RULE_KEYS);
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!RULE_KEYS.contains(k)) {
                throw new ConfigException(where + ": unknown key '" + k + "', expected one of " + RULE_KEYS);
            }
        }
        JsonNode reason = n.get("reason");
        LineKind kind = reason == null ? null : LineKind.fromLabel(reason.asText());
        if (kind == null || kind == LineKind.BODY) {
            throw new ConfigException(where + ": reason '" + (reason == null ? "" : reason.asText())
                    + "' is not one of " + LineKind.labels() + " (without body)");
        }
        Action action = Action.REMOVE;
        JsonNode a = n.get("action");
        if (a != null) {
            try {
                action = Action.valueOf(a.asText().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + ": action '" + a.asText()
                        + "' is not one of [remove, list, cut, meta, keep]", e);
            }
        }
        Set<String> exact = new HashSet<>();
        for (String s : strings(n.get("exact"), where + ".exact")) {
            exact.add(LineKey.of(s).bare());
        }
        Map<String, List<String>> prefixes = new HashMap<>();
        for (String s : strings(n.get("prefix"), where + ".prefix")) {
            LineKey k = LineKey.of(s);
            if (k.key().isEmpty()) {
                throw new ConfigException(where + ".prefix: '" + s + "' has no letters or digits");
            }
            prefixes.computeIfAbsent(k.firstWord(), x -> new ArrayList<>()).add(k.key());
        }
        List<String> contains = new ArrayList<>();
        for (String s : strings(n.get("contains"), where + ".contains")) {
            String k = LineKey.of(s).key();
            if (k.isEmpty()) {
                throw new ConfigException(where + ".contains: '" + s + "' has no letters or digits");
            }
            contains.add(k);
        }
        int maxWords = 40;
        JsonNode mw = n.get("maxWords");
        if (mw != null) {
            if (!mw.isIntegralNumber() || mw.asInt() < 1) {
                throw new ConfigException(where + ".maxWords: expected a positive integer, got " + mw);
            }
            maxWords = mw.asInt();
        }
        boolean nonSentence = false;
        JsonNode ns = n.get("nonSentence");
        if (ns != null) {
            if (!ns.isBoolean()) {
                throw new ConfigException(where + ".nonSentence: expected true or false, got " + ns);
            }
            nonSentence = ns.asBoolean();
        }
        Map<String, List<String>> frozen = new HashMap<>();
        prefixes.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Rule(kind, action, exact, frozen, contains, maxWords, nonSentence);
    }

    private static List<String> strings(JsonNode n, String where) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new ConfigException(where + ": expected a list of strings, got " + n);
        }
        for (JsonNode e : n) {
            if (!e.isTextual() && !e.isNumber()) {
                throw new ConfigException(where + ": expected a string, got " + e);
            }
            out.add(e.asText());
        }
        return out;
    }
}
