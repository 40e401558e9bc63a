package org.presslens.run;

import org.presslens.analysis.EndlessPredictor;
import org.presslens.analysis.CorpusAnalyzer;
import org.presslens.analysis.Outcome;
import org.presslens.analysis.LabelPredictor;
import org.presslens.analysis.AnalysisSetup;
import org.presslens.analysis.AnalyzeConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import org.presslens.testing.ConfigFiles;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.TextKind;

/** The limits one record's analysis runs under: {@code analyze.max_characters} and {@code analyze.max_record_seconds}. */
class RecordLimitsTest {
    private static final String ARTICLE = String.join("\n\n", List.of(
            "The council met on Tuesday to discuss the new budget for the coming year, and members argued about roads.",
            "Several residents said the plan was unfair to families who live far from the centre of the town.",
            "The mayor replied that the figures would be published next week after a review by the committee."));

    @TempDir
    Path tmp;

    private Settings config(String yaml) throws IOException {
        return ConfigFiles.settings(tmp, yaml);
    }

    private static RawDocument doc(String text) {
        return new RawDocument("in/a.txt", "", "a", TextKind.PLAIN, text, Map.of());
    }

    private static String reason(Outcome o) {
        return assertInstanceOf(Outcome.Rejected.class, o).skip().reason();
    }

    private static final LabelPredictor ENDLESS = new EndlessPredictor(a -> true);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRecordOverTheTimeBudgetIsSkippedWithTheBudgetAsItsReason() throws IOException {
        CorpusAnalyzer a = AnalysisSetup.create(config("analyze:\n  max_record_seconds: 1\n"), List.of(), List.of(),
                f -> ENDLESS).analyzer();
        assertEquals("analysis exceeded the time budget of 1 s (analyze.max_record_seconds)", reason(a.analyze(doc(ARTICLE))));
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aUserPatternThatBacktracksForeverIsStoppedByTheBudget() throws IOException {
        // (.*a){12} tries every way of cutting the rest of the line into 12 pieces before failing: about n^12 steps
        Files.writeString(tmp.resolve("outlets.yaml"), "outlets:\n  - name: Trap\n    patterns: ['^TRAP(.*a){12}$x']\n");
        CorpusAnalyzer a = AnalysisSetup.create(config("analyze:\n  max_record_seconds: 1\nmetadata:\n  outletRules: outlets.yaml\n"),
                List.of(), List.of(), f -> LabelPredictor.NONE).analyzer();
        assertEquals("analysis exceeded the time budget of 1 s (analyze.max_record_seconds)",
                reason(a.analyze(doc(ARTICLE + "\n\nTRAP" + "a".repeat(80) + "b"))));
        assertInstanceOf(Outcome.Analysed.class, a.analyze(doc(ARTICLE)), "the next record is analysed as usual");
    }

    @Test
    void aTextAboveTheCharacterLimitIsSkippedBeforeCleaning() throws IOException {
        CorpusAnalyzer a = AnalysisSetup.create(config("analyze:\n  max_characters: 1000\n"), List.of(), List.of(),
                f -> LabelPredictor.NONE).analyzer();
        assertEquals("text above maximum length: 1200 characters > 1000 (analyze.max_characters)",
                reason(a.prepare(doc("a\n".repeat(600)))));
        String page = "<html><body><p>" + "word ".repeat(300) + "</p></body></html>";
        assertEquals("text above maximum length: 1499 characters extracted from the page > 1000 (analyze.max_characters)",
                reason(a.prepare(new RawDocument("in/p.html", "", "p", TextKind.HTML, page, Map.of()))));
        assertInstanceOf(Outcome.Analysed.class, a.prepare(doc(ARTICLE)));
        String markup = "<html><body><p>" + ARTICLE + "</p>" + "<br>".repeat(2500) + "</body></html>";
        assertEquals("text above maximum length: " + markup.length() + " characters of HTML > 10000 "
                        + "(10 × analyze.max_characters)",
                reason(a.prepare(new RawDocument("in/m.html", "", "m", TextKind.HTML, markup, Map.of()))));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aTextOfManyShortLinesIsAnalysedAndOneOverTheLimitSkipped() throws IOException {
        // 20 million such lines exhausted the heap while cleaning, 2 million (4 MB) needed 1.7 GB to analyse
        CorpusAnalyzer a = AnalysisSetup.create(config("analyze: {}\n"), List.of(), List.of(), f -> LabelPredictor.NONE)
                .analyzer();
        Outcome.Analysed o = assertInstanceOf(Outcome.Analysed.class, a.analyze(doc("a\n".repeat(100_000))));
        assertEquals(100_000, o.words());
        assertEquals(100_000, o.sentences());
        assertEquals("text above maximum length: 40000000 characters > 1000000 (analyze.max_characters)",
                reason(a.analyze(doc("a\n".repeat(20_000_000)))));
    }

    @Test
    void theDefaultsAreThoseOfTheShippedConfiguration() {
        assertEquals(AnalyzeConfig.defaults(), AnalyzeConfig.from(Settings.builtIn()));
        assertEquals(new AnalyzeConfig(25, 1_000_000, 30), AnalyzeConfig.defaults());
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheKeyAndTheRange() throws IOException {
        ConfigException e = assertThrows(ConfigException.class,
                () -> AnalyzeConfig.from(config("analyze:\n  max_record_seconds: 0\n")));
        assertTrue(e.getMessage().endsWith("analyze.max_record_seconds: expected a whole number from 1 to 86400, found 0"),
                e.getMessage());
        e = assertThrows(ConfigException.class, () -> AnalyzeConfig.from(config("analyze:\n  max_characters: lots\n")));
        assertTrue(e.getMessage().endsWith("analyze.max_characters: expected a whole number of at least 1, found 'lots'"),
                e.getMessage());
        e = assertThrows(ConfigException.class, () -> AnalyzeConfig.from(config("analyze:\n  min_words: 0\n")));
        assertTrue(e.getMessage().endsWith("analyze.min_words: expected a whole number of at least 1, found 0"),
                e.getMessage());
        e = assertThrows(ConfigException.class, () -> AnalyzeConfig.from(config("analyze:\n  max_seconds: 5\n")));
        assertTrue(e.getMessage().contains("analyze: unknown key 'max_seconds' (allowed: max_characters, "
                + "max_record_seconds, min_words)"), e.getMessage());
    }
}
