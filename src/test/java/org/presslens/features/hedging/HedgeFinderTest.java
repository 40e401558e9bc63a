package org.presslens.features.hedging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.core.Settings;
import org.presslens.lexicon.Lexicon;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;

class HedgeFinderTest {
    static final NlpModels MODELS = NlpModels.load();
    private static final Lexicon HEDGES = Lexicon.fromConfig(Settings.builtIn(), "lexicons/hedges.yaml");
    private static final Lexicon BOOSTERS = Lexicon.fromConfig(Settings.builtIn(), "lexicons/boosters.yaml");
    /** The built-in lexicons without a model: every candidate counts. */
    private final HedgeFinder lexiconOnly = new HedgeFinder(HEDGES, BOOSTERS, null, 0);

    static AnalyzedText analyze(String body) {
        return new TextAnalyzer(MODELS).analyze(body);
    }

    private List<String> hedges(String body) {
        List<String> out = new ArrayList<>();
        for (HedgeCue c : lexiconOnly.find(analyze(body)).hedges()) {
            out.add(c.match().matched(body));
        }
        return out;
    }

    @Test
    void modalMayIsAHedge() {
        assertEquals(List.of("may"), hedges("The talks may resume next week."));
    }

    @Test
    void theMonthMayIsNotAHedge() {
        assertEquals(List.of(), hedges("The envoy visited Beijing in May 2024."));
        assertEquals(List.of(), hedges("The summit ended on May 12 with a joint statement."));
        assertEquals(List.of(), hedges("In May, the envoy returned to Moscow."));
        assertEquals(List.of(), hedges("May 2024 was a busy month for the ministry."));
        assertEquals(List.of(), hedges("Talks planned for early May were cancelled."));
        assertEquals(List.of(), hedges("The deadline is May 3rd."));
    }

    @Test
    void theNameMayIsNotAHedge() {
        assertEquals(List.of(), hedges("Prime Minister Theresa May signed the letter."));
    }

    @Test
    void sentenceInitialModalMayIsDecidedByThePosTagger() {
        assertEquals(List.of("May"), hedges("May I ask you a question?"));
    }

    @Test
    void lowerCaseMayBetweenMonthContextAndNumberIsTheMonth() {
        assertEquals(List.of(), hedges("it happened in may 2021 according to the log."));
        assertEquals(List.of("may"), hedges("Prices in may rise."));
    }

    @Test
    void nounMightAndShadowedPhrasesAreNotHedges() {
        assertEquals(List.of("might"), hedges("Officials said they might leave, citing Russia's military might."));
        assertEquals(List.of(), hedges("He visited the capital several times and could not stay."));
        assertEquals(List.of("Several"), hedges("Several diplomats left."));
    }

    @Test
    void aHedgeWordInsideALongerBoosterIsNotAHedge() {
        String body = "There is no doubt that the talks may fail. Some doubt it.";
        HedgeFinder.Found f = lexiconOnly.find(analyze(body));
        assertEquals(List.of("may", "Some", "doubt"), f.hedges().stream().map(c -> c.match().matched(body)).toList());
        assertEquals(List.of(new LexiconMatch("booster", "there is no doubt", 0, 17)), f.boosters());
    }

    @Test
    void withoutAModelEveryCandidateCountsUnscored() {
        HedgeFinder.Found f = lexiconOnly.find(analyze("Officials reportedly left."));
        assertEquals(1, f.candidates().size());
        HedgeCue c = f.candidates().get(0);
        assertTrue(c.counted());
        assertTrue(Double.isNaN(c.score()));
    }

    @Test
    void aModelCountsTheCandidatesScoringAtLeastTheCutOff() {
        // a model trained for the test: "some" before a source noun hedges, "some" before a thing does not
        Lexicon lex = Lexicon.of("h", "1", Map.of("weasel", List.of("some")));
        Lexicon none = Lexicon.of("b", "1", Map.of("booster", List.of("zzz")));
        HedgeFinder candidates = new HedgeFinder(lex, none, null, 0);
        List<WeaselCorpus.Sentence> train = new ArrayList<>();
        String[] agents = {"critics", "experts", "observers", "scholars", "analysts"};
        String[] things = {"apples", "boxes", "chairs", "stones", "papers"};
        for (int i = 0; i < 40; i++) {
            train.add(new WeaselCorpus.Sentence("Some " + agents[i % 5] + " doubt the plan.", true, i));
            train.add(new WeaselCorpus.Sentence("Some " + things[i % 5] + " fell down.", false, i));
        }
        HedgeCueModel model = HedgeCueTrainer.train(train, HedgeFinderTest::analyze, candidates,
                new HedgeCueTrainer.Options(1.0, 100, 1, 2), HedgeCueTrainer.provenance()).model();
        HedgeFinder withModel = new HedgeFinder(lex, none, model, 0.5);
        String body = "Some critics doubt the plan. Some stones fell down.";
        List<HedgeCue> found = withModel.find(analyze(body)).candidates();
        assertEquals(2, found.size());
        assertTrue(found.get(0).counted() && found.get(0).score() > 0.9, found.toString());
        assertTrue(!found.get(1).counted() && found.get(1).score() < 0.1, found.toString());
        assertEquals(List.of(found.get(0)), withModel.find(analyze(body)).hedges());
        // the score is the model's probability for the candidate's context
        List<HedgeFinder.Candidate> cs = candidates.candidates(analyze(body));
        assertEquals(model.score(cs.get(1).context()), found.get(1).score(), 0.0);
    }
}
