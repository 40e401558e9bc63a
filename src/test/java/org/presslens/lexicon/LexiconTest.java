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
}
