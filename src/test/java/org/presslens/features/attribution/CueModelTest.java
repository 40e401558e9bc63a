package org.presslens.features.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import org.presslens.features.FeatureContext;
import org.presslens.text.NlpModels;
import org.presslens.text.Span;
import org.presslens.text.TextAnalyzer;

/** The cue model: training on a tiny synthetic gold set, save/load round trip, refusals, use by the analyzer. */
class CueModelTest {
    private static TextAnalyzer textAnalyzer;
    private static SourcingAnalyzer rulesOnly;

    @BeforeAll
    static void load() {
        textAnalyzer = new TextAnalyzer(NlpModels.load());
        rulesOnly = SourcingAnalyzer.fromContext(new FeatureContext(Settings.builtIn(), List.of()), null);
    }

    /**
     * Synthetic articles where "grumbled" (not in the cue lexicon) is always a cue, "pointed" is one in "pointed out
     * that" but not in "the pointed roof", and "walked" never is.
     */
    private static List<PolnearGold.Document> gold() {
        List<PolnearGold.Document> docs = new ArrayList<>();
        String[] names = {"Ana Ruiz", "Tom Bell", "Lee Park", "Sam Cole", "Kim Ford", "Max Hale"};
        for (int i = 0; i < 60; i++) {
            String n = names[i % names.length];
            String text = n + " grumbled that the plan number " + i + " would fail. " + n
                    + " walked to the office on Monday. The pointed roof of the hall fell. The mayor pointed out that "
                    + "taxes were high.";
            List<PolnearGold.Relation> rel = new ArrayList<>();
            int g1 = text.indexOf("grumbled");
            int g2 = text.indexOf("pointed out");
            rel.add(new PolnearGold.Relation(List.of(new Span(g1, g1 + 8)), List.of(new Span(0, n.length())),
                    List.of()));
            rel.add(new PolnearGold.Relation(List.of(new Span(g2, g2 + 11)), List.of(), List.of()));
            docs.add(new PolnearGold.Document("doc" + i, text, rel));
        }
        return docs;
    }

    private static CueModel trained() {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        CueTrainer.Options o = new CueTrainer.Options(0.1, 50, 1, 3, 0.2, 25);
        return CueTrainer.train(gold(), textAnalyzer::analyze, rulesOnly, o, p).model();
    }

    @Test
    void learnsACueOutsideTheLexiconAndScoresIt(@TempDir Path dir) throws Exception {
        CueModel m = trained();
        assertTrue(m.isCandidate("grumbled"));
        assertTrue(!m.isCandidate("walked"), "a word never inside a gold cue is no candidate");
        SourcingAnalyzer withModel = rulesOnly.withCueModel(m);
        String body = "Eva Stone grumbled that the road was closed. Eva Stone walked home.";
        List<Attribution> found = withModel.analyze(textAnalyzer.analyze(body)).attributions();
        assertEquals(1, found.size(), found.toString());
        Attribution a = found.get(0);
        assertEquals("grumbled", a.cue());
        assertEquals("Eva Stone", a.resolvedSource());
        assertEquals(Attribution.MODEL, a.origin());
        assertTrue(a.score() >= m.addCutoff(), "score " + a.score());
        assertTrue(rulesOnly.analyze(textAnalyzer.analyze(body)).attributions().isEmpty(), "not a lexicon cue");

        m.write(dir);
        CueModel back = CueModel.read(dir);
        assertEquals(m.sha256(), back.sha256());
        assertEquals(m.addCutoff(), back.addCutoff());
        assertEquals(m.keepCutoff(), back.keepCutoff());
        String[] ctx = {"w=grumbled", "lex=-"};
        assertEquals(m.score(ctx), back.score(ctx), 1e-12);
        assertTrue(back.provenance().path("held_out_figures").has("cues_overlap_f1"));
    }

    @Test
    void refusesAModelWhoseHashOrVersionDiffers(@TempDir Path dir) throws Exception {
        trained().write(dir);
        byte[] model = Files.readAllBytes(dir.resolve(CueModel.MODEL_FILE));
        String prov = Files.readString(dir.resolve(CueModel.PROVENANCE_FILE), StandardCharsets.UTF_8);
        byte[] tampered = model.clone();
        tampered[tampered.length / 2] ^= 1;
        ConfigException e = assertThrows(ConfigException.class,
                () -> CueModel.read(tampered, prov.getBytes(StandardCharsets.UTF_8), "x"));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
        String otherVersion = prov.replace("\"context_version\" : \"" + CueContext.VERSION + "\"",
                "\"context_version\" : \"0\"");
        e = assertThrows(ConfigException.class,
                () -> CueModel.read(model, otherVersion.getBytes(StandardCharsets.UTF_8), "x"));
        assertTrue(e.getMessage().contains("version '0'"), e.getMessage());
    }

    @Test
    void theBuiltInModelLoadsWithItsProvenance() {
        CueModel m = CueModel.builtIn();
        assertTrue(m.isCandidate("said") || m.isCandidate("told") || m.isCandidate("believes"));
        assertTrue(m.provenance().path("command").asText().startsWith("./presslens train-cues"));
        assertTrue(m.provenance().path("training_data").path("sha256").asText().length() == 64);
    }
}
