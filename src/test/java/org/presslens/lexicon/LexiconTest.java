package org.presslens.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.core.ConfigException;

class LexiconTest {

    private static Lexicon yaml(String text) {
        return Lexicon.load("test", text.getBytes(StandardCharsets.UTF_8), "test.yaml");
    }

    private static List<String> hits(Lexicon lex, String text) {
        List<String> out = new ArrayList<>();
        for (LexiconMatch m : lex.find(text)) {
            out.add(m.category() + ":" + m.entry() + "=" + m.matched(text));
        }
        return out;
    }

    @Test
    void hyphensCaseQuotesAndSpacingAreIgnored() {
        Lexicon lex = yaml("name: diplo\nversion: 2\ncategories:\n  partnership: [no limits, \"best in history\"]\n");
        assertEquals("diplo", lex.name());
        assertEquals("2", lex.version());
        String text = "A “no-limits” friendship; NO  LIMITS again; the ‘Best-in-History’ ties; no, limits.";
        assertEquals(List.of("partnership:no limits=no-limits", "partnership:no limits=NO  LIMITS",
                "partnership:best in history=Best-in-History"), hits(lex, text));
    }

    @Test
    void apostrophesCurlyOrStraightMatchTheSame() {
        Lexicon lex = Lexicon.of("t", "1", Map.of("c", List.of("Xi's visit", "don't know")));
        assertEquals(List.of("c:Xi's visit=Xi’s visit", "c:don't know=DON'T KNOW"),
                hits(lex, "Xi’s visit. They DON'T KNOW."));
    }

    @Test
    void wildcardAndTokenBoundaries() {
        Lexicon lex = Lexicon.of("t", "1", Map.of("hedge", List.of("suggest*", "may")));
        assertEquals(List.of("hedge:suggest*=suggests", "hedge:suggest*=Suggestion", "hedge:may=may"),
                hits(lex, "It suggests a Suggestion; dismay may mayhem"));
    }

    @Test
    void prefixesOfOneCharacterOrANonAsciiSecondOneAndNonAsciiWordsStillMatch() {
        // the nodes' filters (word hash bits, prefixes' first two characters) must not hide any of these
        Lexicon lex = Lexicon.of("t", "1", Map.of("p", List.of("q*", "zü*", "éta*", "ab*", "naïve", "über alles")));
        assertEquals(List.of("p:q*=q", "p:q*=Quorum", "p:zü*=Zürich", "p:éta*=Étatisme", "p:éta*=état", "p:ab*=abc",
                "p:naïve=naïve", "p:über alles=Über alles"),
                hits(lex, "q Quorum Zürich zu Étatisme état abc a naïve Über alles"));
    }

    @Test
    void longestMatchWinsAndEntriesInTwoCategoriesYieldTwoMatches() {
        Lexicon lex = yaml("name: t\nversion: 1\ncategories:\n  a: [believed, it is believed]\n  b: [it is believed]\n");
        assertEquals(List.of("a:it is believed=It is believed", "b:it is believed=It is believed",
                "a:believed=believed"), hits(lex, "It is believed. He believed."));
    }

    @Test
    void withinOneLexiconTheLeftmostMatchWinsAndTheLongestAtThatWord() {
        Lexicon lex = Lexicon.of("t", "1", Map.of("c", List.of("a b", "b c d", "c", "a b c")));
        // at "a" the longest entry is "a b c"; "b c d" and "c" start inside it and are not matched
        assertEquals(List.of("c:a b c=a b c"), hits(lex, "a b c d"));
        // at "a" only "a b" matches; "b c d" overlaps it and loses; "c" after it is free
        assertEquals(List.of("c:a b=a b", "c:c=c"), hits(lex, "a b, c d"));
    }

    @Test
    void lexiconsMatchedTogetherFollowTheSameRuleAcrossLexicons() {
        Lexicon peace = Lexicon.of("peace", "1", Map.of("peace_broker", List.of("non-confrontation", "talks")));
        Lexicon conflict = Lexicon.of("conflict", "1", Map.of("conflict", List.of("confrontation*", "peace talks")));
        String text = "Non-confrontation, not confrontations: peace talks, talks.";
        List<List<LexiconMatch>> m = Lexicon.findTogether(List.of(peace, conflict), org.presslens.text.NormalizedWords.of(text));
        // the span inside the longer entry of the other lexicon counts once, for the longer entry
        assertEquals(List.of(new LexiconMatch("peace_broker", "non-confrontation", 0, 17),
                new LexiconMatch("peace_broker", "talks", 52, 57)), m.get(0));
        assertEquals(List.of(new LexiconMatch("conflict", "confrontation*", 23, 37),
                new LexiconMatch("conflict", "peace talks", 39, 50)), m.get(1));
        // each lexicon alone also matches the spans inside the other's longer entries
        assertEquals(List.of("conflict:confrontation*=confrontation", "conflict:confrontation*=confrontations",
                "conflict:peace talks=peace talks"), hits(conflict, text));
        assertEquals(List.of("peace_broker:non-confrontation=Non-confrontation", "peace_broker:talks=talks",
                "peace_broker:talks=talks"), hits(peace, text));
    }

    @Test
    void theSameSpanInTwoLexiconsMatchesInBoth() {
        Lexicon a = Lexicon.of("a", "1", Map.of("x", List.of("well known")));
        Lexicon b = Lexicon.of("b", "1", Map.of("y", List.of("well-known", "known")));
        List<List<LexiconMatch>> m = Lexicon.findTogether(List.of(a, b), org.presslens.text.NormalizedWords.of("It is well known."));
        assertEquals(List.of(new LexiconMatch("x", "well known", 6, 16)), m.get(0));
        assertEquals(List.of(new LexiconMatch("y", "well-known", 6, 16)), m.get(1));
    }

    @Test
    void termIsTheEntryWithoutItsOperator() {
        assertEquals("suggest", new LexiconMatch("c", "suggest*", 0, 1).term());
        assertEquals("denounce", new LexiconMatch("c", "denounce~", 0, 1).term());
        assertEquals("war crime", new LexiconMatch("c", "war crime*", 0, 1).term());
        assertEquals("no-limits", new LexiconMatch("c", "no-limits", 0, 1).term());
    }

    @Test
    void inflectionMarkerAddsRegularForms() {
        Lexicon lex = Lexicon.of("t", "1", Map.of("v", List.of("warn~", "deny~", "admit~")));
        assertEquals(8, lex.find("warns warned warning denies denied admitted admitting warn").size());
        assertEquals(0, lex.find("warner denys").size());
    }

    @Test
    void hashIgnoresOrderAndSpellingVariantsButNotContent() {
        Lexicon a = yaml("name: t\nversion: 1\ncategories:\n  c: [no-limits, Best in history]\n");
        Lexicon b = yaml("name: t\nversion: 1\ncategories:\n  c: [best in history, no limits]\n");
        Lexicon c = yaml("name: t\nversion: 1\ncategories:\n  c: [best in history]\n");
        assertEquals(a.sha256(), b.sha256());
        assertNotEquals(a.sha256(), c.sha256());
    }

    @Test
    void badYamlNamesFileAndLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> yaml("name: t\nversion: 1\ncategories:\n  hedge: [may, might\n  other: [x]\n"));
        assertEquals("test.yaml line 5, column 8: not a valid lexicon YAML: expected ',' or ']', but got :",
                e.getMessage());
        ConfigException bin = assertThrows(ConfigException.class,
                () -> Lexicon.load("t", new byte[] {'n', ':', ' ', (byte) 0xff, 0, 1}, "test.yaml"));
        assertEquals("test.yaml: not a text YAML file (not UTF-8)", bin.getMessage());
        ConfigException e2 = assertThrows(ConfigException.class,
                () -> yaml("name: t\nversion: 1\ncategories:\n  hedge: may\n"));
        assertEquals("test.yaml line 4: category 'hedge': expected a list of entries", e2.getMessage());
        ConfigException e3 = assertThrows(ConfigException.class,
                () -> yaml("name: t\nversion: 1\ncategories:\n  hedge:\n    - may\n    - sug*gest\n"));
        assertEquals("test.yaml line 6: entry 'sug*gest': '*' and '~' are allowed only at the end", e3.getMessage());
        ConfigException e4 = assertThrows(ConfigException.class, () -> yaml("name: t\nversoin: 1\n"));
        assertTrue(e4.getMessage().startsWith("test.yaml line 2: unknown key 'versoin'"), e4.getMessage());
    }

    @Test
    void dicParsesHeaderWildcardsAndMultiWordEntries() {
        String dic = "%\n1\tposemo\n2\tnegemo\n%\nhappy*\t1\nsad\t2\nbitter sweet\t1 2\n";
        Lexicon lex = Lexicon.loadDic("mini", dic.getBytes(StandardCharsets.UTF_8), "mini.dic");
        assertEquals(List.of("posemo", "negemo"), lex.categories());
        assertEquals(List.of("posemo:happy*=Happyish", "negemo:sad=sad", "posemo:bitter sweet=bitter-sweet",
                "negemo:bitter sweet=bitter-sweet"), hits(lex, "Happyish, happiness, sad, bitter-sweet."));
    }

    @Test
    void dicErrorsNameFileAndLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> Lexicon.loadDic("d",
                "%\n1 posemo\n%\nhappy 1\nsad 7\n".getBytes(StandardCharsets.UTF_8), "my.dic"));
        assertEquals("my.dic line 5: category id 7 of 'sad' is not in the header (ids: [1])", e.getMessage());
        ConfigException e2 = assertThrows(ConfigException.class, () -> Lexicon.loadDic("d",
                "%\n1 posemo\n%\nhappy\n".getBytes(StandardCharsets.UTF_8), "my.dic"));
        assertEquals("my.dic line 4: expected an entry followed by category ids, found 'happy'", e2.getMessage());
        ConfigException e3 = assertThrows(ConfigException.class, () -> Lexicon.loadDic("d",
                "happy 1\n".getBytes(StandardCharsets.UTF_8), "my.dic"));
        assertEquals("my.dic line 1: expected '%' opening the category header, found 'happy 1'", e3.getMessage());
        ConfigException e4 = assertThrows(ConfigException.class, () -> Lexicon.loadDic("d",
                "%\n1 posemo\nhappy 1\n".getBytes(StandardCharsets.UTF_8), "my.dic"));
        assertEquals("my.dic line 3: expected '<id> <category>' in the header, found 'happy 1'", e4.getMessage());
    }

    @Test
    void missingDictionaryFileIsNamed() {
        java.nio.file.Path p = java.nio.file.Path.of("no-such-dir", "mine.dic");
        ConfigException e = assertThrows(ConfigException.class, () -> Lexicon.fromFile(p));
        assertEquals(p + ": dictionary file not found", e.getMessage());
    }

    @Test
    void builtInLexiconsLoadWithTheirNames() {
        org.presslens.core.Settings s = org.presslens.core.Settings.builtIn();
        assertEquals("hedges", Lexicon.fromConfig(s, "lexicons/hedges.yaml").name());
        assertEquals(List.of("partnership", "accountability", "peace_broker", "multipolar"),
                Lexicon.fromConfig(s, "lexicons/framing-diplomacy.yaml").categories());
    }

    // ---------------------------------------------------------------- quanteda YAML

    private static Lexicon dictionary(String text) {
        return Lexicon.loadYamlDictionary("qd", text.getBytes(StandardCharsets.UTF_8), "qd.yml");
    }

    private static String dictionaryError(String text) {
        return assertThrows(ConfigException.class, () -> dictionary(text)).getMessage();
    }

    /** As quanteda's as.yaml() writes a dictionary with nested keys. */
    private static final String QUANTEDA = """
            positive:
            - good
            - happ*
            Negative:
            - bad
            - "colo?r"
            economy:
              taxation:
              - tax*
              - '*tax'
              jobs:
              - job*
              - unemploy*
            country:
            - united states
            - united_kingdom
            single: hope
            """;

    @Test
    void quantedaDictionaryHasNestedCategoriesGlobsAndMultiWordPatterns() {
        Lexicon d = dictionary(QUANTEDA);
        assertEquals("qd", d.name());
        assertEquals(List.of("positive", "negative", "economy.taxation", "economy.jobs", "country", "single"),
                d.categories());
        // '?' is exactly one character: 'color' is not 'colo?r'
        String text = "Good news: happiness, colour and color; the surtax and taxes; jobs in the United States "
                + "and the United Kingdom, no hope. Colors. Colr.";
        assertEquals(List.of("positive:good=Good", "positive:happ*=happiness", "negative:colo?r=colour",
                "economy.taxation:*tax=surtax", "economy.taxation:tax*=taxes",
                "economy.jobs:job*=jobs", "country:united states=United States",
                "country:united_kingdom=United Kingdom", "single:hope=hope"), hits(d, text));
    }

    @Test
    void aQuantedaKeyMayHoldPatternsAndSubcategories() {
        Lexicon d = dictionary("economy:\n- market*\n- taxation:\n  - tax*\n");
        assertEquals(List.of("economy.taxation", "economy"), d.categories());
        assertEquals(List.of("economy:market*=markets", "economy.taxation:tax*=taxes"), hits(d, "markets, taxes"));
    }

    @Test
    void quantedaGlobsMatchWholeWordsOnly() {
        Lexicon d = dictionary("a: ['t?x', 'r*n', '*']\n");
        assertEquals(List.of("a:t?x=tax", "a:r*n=RUN", "a:r*n=ruin", "a:*=tx"), hits(d, "tax RUN ruin tx"));
        assertEquals("qd.yml line 1: key 'a': pattern 'it's*': a word with a wildcard ('it's*') may hold only "
                + "letters and digits besides '*' and '?' (write its words apart)",
                dictionaryError("a: [\"it's*\"]\n"));
    }

    @Test
    void aPresslensLexiconIsToldApartFromAQuantedaDictionary() {
        Lexicon own = dictionary("name: mine\nversion: 2\ncategories:\n  modal: [may]\n");
        assertEquals("mine", own.name());
        assertEquals(List.of("modal"), own.categories());
        Lexicon bare = dictionary("categories:\n  modal: [may]\n");
        assertEquals(List.of("modal"), bare.categories());
        // a presslens lexicon with a wrong key is still read as one, and its error names the key
        assertEquals("qd.yml line 3: unknown key 'descripton' (expected name, version, categories, description, "
                + "source, notes)", dictionaryError("name: mine\nversion: 2\ndescripton: x\ncategories:\n  m: [may]\n"));
        // a quanteda dictionary with a key 'categories' among others
        Lexicon q = dictionary("categories:\n  modal: [may]\npositive: [good]\n");
        assertEquals(List.of("categories.modal", "positive"), q.categories());
    }

    @Test
    void malformedQuantedaDictionariesNameFileLineAndKey() {
        assertEquals("qd.yml line 3: key 'economy.jobs.a': expected a pattern (a word or phrase), found a list",
                dictionaryError("economy:\n  jobs:\n  - {a: [[b]]}\n"));
        assertEquals("qd.yml line 1: key 'positive': no patterns (expected a list of words or phrases, or a mapping "
                + "of subcategories)", dictionaryError("positive:\nnegative: [bad]\n"));
        assertEquals("qd.yml line 2: key 'Positive': category name 'positive' is also that of key 'positive' "
                + "(names are lower-cased and reduced to letters, digits and _)",
                dictionaryError("positive: [good]\nPositive: [fine]\n"));
        assertEquals("qd.yml line 1: key 'a': entry '!!' has no letters or digits", dictionaryError("a: ['!!']\n"));
        assertEquals("qd.yml line 1: expected a quanteda dictionary (a mapping of category keys to lists of "
                + "patterns) or a presslens lexicon (name, version, categories), found a list",
                dictionaryError("- good\n- bad\n"));
        assertTrue(dictionaryError("a: [good\n").startsWith("qd.yml line 2, column 1: not a valid YAML dictionary"),
                dictionaryError("a: [good\n"));
        assertEquals("qd.yml line 2: key 'b' is listed twice", dictionaryError("b: [x]\nb: [y]\n"));
    }

    @Test
    void quantedaDictionariesAreBoundedAndRunNoCode() {
        String deep = "a:\n" + "  ".repeat(1) + "b:\n";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        sb.append("  ".repeat(40)).append("- x\n");
        String msg = dictionaryError(sb.toString());
        assertTrue(msg.startsWith("qd.yml"), msg);
        assertTrue(msg.contains("nest") || msg.contains("depth"), msg);
        String alias = "a: &x [good, fine]\nb: *x\n";
        String m2 = dictionaryError(alias);
        assertEquals("qd.yml line 2: *x is a YAML alias, not a pattern: quote a pattern that starts with '*' "
                + "('*x'); aliases are not allowed in a dictionary", m2);
        assertEquals("qd.yml line 1: *tax is a YAML alias, not a pattern: quote a pattern that starts with '*' "
                + "('*tax'); aliases are not allowed in a dictionary", dictionaryError("a: [good, *tax]\n"));
        // a Java type tag is a plain text to the parser, never a class to construct
        Lexicon tagged = dictionary("a: [!!javax.script.ScriptEngineManager good]\n");
        assertEquals(List.of("good"), tagged.entries("a"));
        assertTrue(deep.length() > 0);
        byte[] huge = new byte[Lexicon.MAX_DICTIONARY_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        String m3 = assertThrows(ConfigException.class,
                () -> Lexicon.loadYamlDictionary("h", huge, "h.yml")).getMessage();
        assertTrue(m3.contains("too large for a dictionary"), m3);
    }

    @Test
    void aQuantedaDictionaryFileIsReadByFromFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path f = dir.resolve("Laver-Garry.yml");
        java.nio.file.Files.writeString(f, QUANTEDA);
        Lexicon d = Lexicon.fromFile(f);
        assertEquals("laver_garry", d.name());
        assertEquals(6, d.categories().size());
    }
}
