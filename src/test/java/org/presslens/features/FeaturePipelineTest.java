package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import org.presslens.testing.ConfigFiles;
import org.presslens.text.TextAnalyzer;

class FeaturePipelineTest {
    @TempDir
    Path dir;

    private Settings config(String yaml) throws IOException {
        return ConfigFiles.settings(dir, yaml);
    }

    @Test
    void builtInPipelineNamesAndStableHash() {
        FeaturePipeline a = new FeaturePipeline(Settings.builtIn());
        FeaturePipeline b = new FeaturePipeline(Settings.builtIn());
        assertEquals(62, a.featureNames().size());
        assertTrue(a.featureNames().contains("attribution.density"));
        assertTrue(a.featureNames().contains("quotes.named_speakers"));
        assertEquals("hedging.hedges", a.featureNames().get(0));
        assertTrue(a.featureNames().contains("framing.partnership"));
        assertTrue(a.featureNames().contains("reliability.self_repetition"));
        assertEquals(a.featureSetHash(), b.featureSetHash());
        assertEquals(64, a.featureSetHash().length());
    }

    @Test
    void hashChangesWithOptionsAndExtractorsButNotWithFileSpellingOfTheSameDefaults() throws IOException {
        String base = new FeaturePipeline(Settings.builtIn()).featureSetHash();
        assertEquals(base, new FeaturePipeline(config("features: {}\n")).featureSetHash());
        assertEquals(base, new FeaturePipeline(config("features:\n  reliability:\n    repetition_threshold: 0.4\n"))
                .featureSetHash());
        assertNotEquals(base, new FeaturePipeline(config("features:\n  reliability:\n    repetition_threshold: 0.5\n"))
                .featureSetHash());
        FeaturePipeline hedgingOnly = new FeaturePipeline(config("features:\n  extractors: [hedging]\n"));
        assertEquals(6, hedgingOnly.featureNames().size());
        assertNotEquals(base, hedgingOnly.featureSetHash());
    }

    @Test
    void userLexiconChangesTheHash() throws IOException {
        Files.writeString(dir.resolve("h.yaml"), "name: hedges\nversion: 9\ncategories:\n  modal: [may]\n");
        FeaturePipeline p = new FeaturePipeline(config("features:\n  lexicons:\n    hedges: h.yaml\n"));
        assertNotEquals(new FeaturePipeline(Settings.builtIn()).featureSetHash(), p.featureSetHash());
        assertTrue(p.lexiconHashes().containsKey("hedges:hedges"));
    }

    @Test
    void dictionariesBecomeFeatures() throws IOException {
        Path dic = dir.resolve("Mini-Dict.dic");
        Files.writeString(dic, "%\n1 posemo\n2 negemo\n%\ngood 1\nbad* 2\n");
        FeaturePipeline p = new FeaturePipeline(config("features:\n  extractors: [hedging]\n"), List.of(dic));
        assertEquals(List.of("dic.mini_dict.posemo", "dic.mini_dict.negemo"), p.featureNames().subList(6, 8));
        Scored s = p.score(Fixtures.article("", "", "A good day, a badly run meeting."),
                new TextAnalyzer(Fixtures.MODELS));
        assertEquals(7, s.words());
        assertEquals(1000.0 / 7, s.value(6), 1e-9);
        assertEquals(1000.0 / 7, s.value(7), 1e-9);
    }

    @Test
    void configurationErrorsNameTheProblem() throws IOException {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new FeaturePipeline(config("features:\n  extractors: [hedging, sentiment]\n")));
        assertTrue(e.getMessage().endsWith("features.extractors: unknown extractor 'sentiment' (expected one of "
                + "hedging, framing, reliability, attribution, quotes)"), e.getMessage());
        ConfigException e2 = assertThrows(ConfigException.class,
                () -> new FeaturePipeline(config("features:\n  reliability:\n    repetition_threshold: 2\n")));
        assertTrue(e2.getMessage().endsWith("features.reliability.repetition_threshold: expected a number from 0.01 to 1, "
                + "found 2"),
                e2.getMessage());
        Files.writeString(dir.resolve("bad.dic"), "%\n1 posemo\n%\ngood 1\nbad 3\n");
        ConfigException e3 = assertThrows(ConfigException.class,
                () -> new FeaturePipeline(Settings.builtIn(), List.of(dir.resolve("bad.dic"))));
        assertTrue(e3.getMessage().endsWith("bad.dic line 5: category id 3 of 'bad' is not in the header (ids: [1])"),
                e3.getMessage());
    }

    private static final String QUANTEDA = "positive:\n- good\n- happ*\neconomy:\n  taxation:\n  - tax*\n"
            + "  places:\n  - united states\n";

    @Test
    void quantedaDictionaryFeaturesAndTheirTermsRows() throws IOException {
        Path q = dir.resolve("Mood.yml");
        Files.writeString(q, QUANTEDA);
        Path dic = dir.resolve("liwc.dic");
        Files.writeString(dic, "%\n1 posemo\n%\ngood 1\n");
        FeaturePipeline p = new FeaturePipeline(config("features:\n  extractors: [hedging]\n"), List.of(q, dic));
        assertEquals(List.of("dic.mood.positive", "dic.mood.economy.taxation", "dic.mood.economy.places",
                "dic.liwc.posemo"), p.featureNames().subList(6, 10));
        String body = "Good taxes make the United States happy, a good day.";
        Scored s = p.score(Fixtures.article("", "", body), new TextAnalyzer(Fixtures.MODELS));
        assertEquals(10, s.words());
        assertEquals(300.0, s.value(6), 1e-9);
        assertEquals(100.0, s.value(7), 1e-9);
        assertEquals(100.0, s.value(8), 1e-9);
        assertEquals(200.0, s.value(9), 1e-9);
        List<Evidence.Term> terms = s.evidence().stream().filter(e -> e instanceof Evidence.Term)
                .map(e -> (Evidence.Term) e).filter(t -> t.lexicon().equals("mood") || t.lexicon().equals("liwc"))
                .toList();
        assertEquals(List.of("mood|positive|good|Good", "mood|economy.taxation|tax|taxes",
                        "mood|economy.places|united states|United States", "mood|positive|happ|happy",
                        "mood|positive|good|good", "liwc|posemo|good|Good", "liwc|posemo|good|good"),
                terms.stream().map(t -> t.lexicon() + "|" + t.category() + "|" + t.term() + "|" + t.matched())
                        .toList());
        Evidence.Term first = terms.get(0);
        assertEquals("Good", body.substring(first.start(), first.end()));
    }

    @Test
    void dictionaryFeaturesArePercentagesOrCountsOnRequest() throws IOException {
        Path dic = dir.resolve("mini.dic");
        Files.writeString(dic, "%\n1 posemo\n%\ngood 1\n");
        Settings hedgingOnly = config("features:\n  extractors: [hedging]\n");
        String body = "A good day, a good plan and nothing else.";
        TextAnalyzer a = new TextAnalyzer(Fixtures.MODELS);
        FeaturePipeline per1000 = new FeaturePipeline(hedgingOnly, List.of(dic));
        FeaturePipeline percent = new FeaturePipeline(hedgingOnly, List.of(dic), DictionaryExtractor.Unit.PERCENT);
        assertEquals(9, per1000.score(Fixtures.article("", "", body), a).words());
        assertEquals(2000.0 / 9, per1000.score(Fixtures.article("", "", body), a).value(6), 1e-9);
        assertEquals(200.0 / 9, percent.score(Fixtures.article("", "", body), a).value(6), 1e-9);
        FeaturePipeline count = new FeaturePipeline(config("features:\n  extractors: [hedging]\n"
                + "  dictionary_unit: count\n"), List.of(dic));
        assertEquals(2.0, count.score(Fixtures.article("", "", body), a).value(6), 1e-9);
        FeaturePipeline configuredPercent = new FeaturePipeline(config("features:\n  extractors: [hedging]\n"
                + "  dictionary_unit: percent\n"), List.of(dic));
        assertEquals(percent.extractorHashes(), configuredPercent.extractorHashes());
        // the unit is part of the dic extractor's hash only: a model of per-1,000 dictionary features refuses
        // percentages, the hedging features stay bound
        assertNotEquals(per1000.extractorHashes().get("dic"), percent.extractorHashes().get("dic"));
        assertEquals(per1000.extractorHashes().get("hedging"), percent.extractorHashes().get("hedging"));
        ConfigException e = assertThrows(ConfigException.class, () -> new FeaturePipeline(
                config("features:\n  dictionary_unit: promille\n"), List.of(dic)));
        assertTrue(e.getMessage().contains("features.dictionary_unit: expected one of per_1000_words, percent, count"),
                e.getMessage());
    }

    @Test
    void aQuantedaDictionaryNamedInTheConfigurationIsReadToo() throws IOException {
        Files.writeString(dir.resolve("mood.yaml"), QUANTEDA);
        FeaturePipeline p = new FeaturePipeline(config("features:\n  extractors: [hedging]\n"
                + "  dictionaries: [mood.yaml]\n"));
        assertEquals(List.of("dic.mood.positive", "dic.mood.economy.taxation", "dic.mood.economy.places"),
                p.featureNames().subList(6, 9));
        Files.writeString(dir.resolve("mood.yaml"), "positive:\n  - [good]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new FeaturePipeline(
                config("features:\n  dictionaries: [mood.yaml]\n")));
        assertEquals(dir.resolve("mood.yaml") + " line 2: key 'positive': expected a pattern (a word or phrase), "
                + "found a list", e.getMessage());
    }

    @Test
    void aDictionaryNamedLikeALexiconIsRefused() throws IOException {
        Path dic = dir.resolve("hedges.dic");
        Files.writeString(dic, "%\n1 posemo\n%\ngood 1\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> new FeaturePipeline(Settings.builtIn(), List.of(dic)));
        assertEquals("dictionary 'hedges' has the name of the 'hedges' lexicon, so their rows in terms.csv could not "
                + "be told apart; rename the dictionary file (its name comes from the file name)", e.getMessage());
    }
}
