package org.presslens.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;

class OutletRulesTest {
    private static final String YAML = """
            outlets:
              - name: The Harbour Gazette
                domains: [harbourgazette.example, www.hgz.example]
                aliases: [Harbour Gazette, HGZ, harbour-gazette - News]
                patterns: ['^Harbour Gazette Staff\\b', '©\\s*\\d{4}\\s+HG Media']
              - name: Valley Post
                domains: [valleypost.example]
            """;

    private static OutletRules rules() {
        return OutletRules.parse(YAML.getBytes(StandardCharsets.UTF_8), "test-outlets.yaml");
    }

    @Test
    void canonicalMergesSpellingVariants() {
        OutletRules r = rules();
        assertEquals("The Harbour Gazette", r.canonical("harbour gazette"));
        assertEquals("The Harbour Gazette", r.canonical("theharbourgazette"));
        assertEquals("The Harbour Gazette", r.canonical("HGZ"));
        assertEquals("The Harbour Gazette", r.canonical("Harbour-Gazette – news"));
        assertEquals("The Harbour Gazette", r.canonical("https://www.harbourgazette.example/world/a1"));
        assertEquals("The Harbour Gazette", r.canonical("sports.harbourgazette.example"));
        assertEquals("The Harbour Gazette", r.canonical("hgz.example"));
        assertEquals("The Harbour Gazette", r.canonical("Harbour Gazette staff"), "a pattern matching it whole");
        assertEquals("HG Media", r.canonical("HG Media"), "no pattern matches the whole string");
        assertEquals("Valley Post", r.canonical("  valley post "));
        assertEquals("Harbour Gazette Opinion", r.canonical("Harbour Gazette Opinion"));
        assertEquals("unknown.example", r.canonical("unknown.example"));
        assertEquals("", r.canonical("  "));
    }

    @Test
    void detectsInDomainsAndLines() {
        OutletRules r = rules();
        assertEquals(Optional.of("Valley Post"), r.byDomain("http://news.valleypost.example/x?y=1"));
        assertEquals(Optional.empty(), r.byDomain("valleypost.example.org"));
        assertEquals(Optional.of("The Harbour Gazette"), r.findInLine("harbour gazette staff | 3 May 2024"));
        assertEquals(Optional.of("The Harbour Gazette"), r.findInLine("© 2024 HG Media. All rights reserved."));
        assertEquals(Optional.empty(), r.findInLine("The Harbour Gazette Staff reported"));
    }

    @Test
    void invalidFilesNameTheFileAndTheRule() {
        assertEquals("o.yaml: expected a key 'outlets' with a list of rules", fail("name: x\n"));
        assertEquals("o.yaml rule 2: 'name' must be a non-empty string",
                fail("outlets:\n  - name: A\n  - domains: [a.example]\n"));
        assertEquals("o.yaml rule 1 (A): unknown key 'domain'; expected one of [name, domains, aliases, patterns]",
                fail("outlets:\n  - name: A\n    domain: a.example\n"));
        assertEquals("o.yaml rule 1 (A): pattern 2 'x(' is not a valid regular expression: Unclosed group",
                fail("outlets:\n  - name: A\n    patterns: ['ok', 'x(']\n"));
        assertEquals("o.yaml rule 1 (A): domain 'not a domain' is not a domain name like example.com",
                fail("outlets:\n  - name: A\n    domains: [not a domain]\n"));
        assertEquals("o.yaml rule 2 (B): name or alias 'The A' is already used by rule 1 (A)",
                fail("outlets:\n  - name: A\n  - name: B\n    aliases: [The A]\n"));
        assertEquals("o.yaml rule 1 (A): 'aliases' must be a list of strings",
                fail("outlets:\n  - name: A\n    aliases: A1\n"));
    }

    private static String fail(String yaml) {
        return assertThrows(ConfigException.class,
                () -> OutletRules.parse(yaml.getBytes(StandardCharsets.UTF_8), "o.yaml")).getMessage();
    }

    @Test
    void rulesFileIsNamedInTheConfiguration(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("mine.yaml"), YAML);
        java.nio.file.Path conf = java.nio.file.Files.writeString(dir.resolve("p.yaml"),
                "metadata:\n  outletRules: mine.yaml\n");
        assertEquals("Valley Post", OutletRules.load(Settings.load(conf)).canonical("valleypost.example"));
        java.nio.file.Path typo = java.nio.file.Files.writeString(dir.resolve("t.yaml"),
                "metadata:\n  outletRule: mine.yaml\n");
        assertEquals(typo + ": metadata: unknown key 'outletRule' (allowed: outletRules)",
                assertThrows(ConfigException.class, () -> OutletRules.load(Settings.load(typo))).getMessage());
        java.nio.file.Path missing = java.nio.file.Files.writeString(dir.resolve("m.yaml"),
                "metadata:\n  outletRules: none.yaml\n");
        String msg = assertThrows(ConfigException.class, () -> OutletRules.load(Settings.load(missing))).getMessage();
        assertEquals(true, msg.startsWith(dir.resolve("none.yaml") + ": cannot read (named in " + missing + ")"), msg);
    }

    @Test
    void shippedRulesMergeTheDatasetsOutletNames() {
        OutletRules r = OutletRules.load(Settings.builtIn());
        assertEquals("The New York Times", r.canonical("NYT"));
        assertEquals("The New York Times", r.canonical("New York Times - News"));
        assertEquals("The New York Times", r.canonical("thenewyorktimes"));
        assertEquals("New York Times - Opinion", r.canonical("New York Times - Opinion"));
        assertEquals("Fox News", r.canonical("FOX"));
        assertEquals("Fox News", r.canonical("Fox Online News"));
        assertEquals("HuffPost", r.canonical("HPO"));
        assertEquals("HuffPost", r.canonical("thehuffingtonpost"));
        assertEquals("HuffPost", r.canonical("huff-post"));
        assertEquals("The Washington Post", r.canonical("wash-post"));
        assertEquals("Politico", r.canonical("politi.co"));
        assertEquals("CNN", r.canonical("cnn.it"));
        assertEquals("CNN", r.canonical("CNN (Web News)"));
        assertEquals("Addicting Info", r.canonical("author.addictinginfo.org"));
        assertEquals("TheBlaze", r.canonical("TheBlaze.com"));
        assertEquals("The Daily Caller", r.canonical("thedailycaller"));
    }
}
