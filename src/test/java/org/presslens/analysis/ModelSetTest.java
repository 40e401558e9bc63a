package org.presslens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.Settings;
import org.presslens.features.FeaturePipeline;

/** The default models bind their features by name: a dictionary added with --dictionary does not drop them. */
class ModelSetTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultModelsStayWhenADictionaryIsAdded() throws Exception {
        Path dic = dir.resolve("Mine.dic");
        Files.writeString(dic, "%\n1 posemo\n%\ngood 1\n");
        List<String> warnings = new ArrayList<>();
        LabelPredictor p = ModelSet.loader(List.of(), warnings::add)
                .apply(new FeaturePipeline(Settings.builtIn(), List.of(dic)));
        assertEquals(List.of(), warnings);
        assertTrue(p instanceof ModelPredictor);
        assertEquals(List.of("reliability", "framing"),
                ((ModelPredictor) p).models().stream().map(ModelPredictor.Named::name).toList());
    }

    @Test
    void theDefaultModelsStayWhenAQuantedaDictionaryIsAddedInPercent() throws Exception {
        Path yml = dir.resolve("mood.yml");
        Files.writeString(yml, "positive: [good, happ*]\neconomy:\n  taxation: [tax*]\n");
        List<String> warnings = new ArrayList<>();
        LabelPredictor p = ModelSet.loader(List.of(), warnings::add).apply(new FeaturePipeline(Settings.builtIn(),
                List.of(yml), org.presslens.features.DictionaryExtractor.Unit.PERCENT));
        assertEquals(List.of(), warnings);
        assertEquals(List.of("reliability", "framing"),
                ((ModelPredictor) p).models().stream().map(ModelPredictor.Named::name).toList());
    }

    @Test
    void aDefaultModelWhoseLexiconChangedIsDroppedWithBothHashesNamed() throws Exception {
        Files.writeString(dir.resolve("h.yaml"), "name: hedges\nversion: 9\ncategories:\n  modal: [may]\n");
        Files.writeString(dir.resolve("presslens.yaml"), "features:\n  lexicons:\n    hedges: h.yaml\n");
        FeaturePipeline changed = new FeaturePipeline(Settings.load(dir.resolve("presslens.yaml")));
        List<String> warnings = new ArrayList<>();
        LabelPredictor p = ModelSet.loader(List.of(), warnings::add).apply(changed);
        assertEquals(LabelPredictor.NONE, p);
        assertEquals(2, warnings.size(), warnings.toString());
        String h = new FeaturePipeline(Settings.builtIn()).extractorHashes().get("hedging");
        for (String w : warnings) {
            assertTrue(w.contains("reads the 'hedging' features with extractor hash " + h + " but the running feature "
                    + "pipeline computes them with extractor hash " + changed.extractorHashes().get("hedging")), w);
        }
    }
}
