package org.presslens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.analysis.Outcome;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.TextKind;
import org.presslens.spark.AnalysisRecipe;

/**
 * The recipe a Spark executor receives builds, after Java serialisation (as Spark ships it), the same analysis as
 * the driver's: same inputs, same features, evidence and predictions for an article.
 */
class AnalyzeRecipeTest {
    @TempDir
    Path tmp;

    @Test
    void aSerialisedRecipeBuildsTheSameAnalysis() throws IOException, ClassNotFoundException {
        Path dic = tmp.resolve("mood.yml");
        Files.writeString(dic, "worry:\n- concern*\n- fear*\n");
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        AnalyzeRecipe recipe = new AnalyzeRecipe("run-1", null, List.of(), List.of(dic.toString()), false, List.of(),
                false, List.of(List.of(corpus.toString(), "corpus")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(recipe);
        }
        AnalysisRecipe shipped;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (AnalysisRecipe) in.readObject();
        }
        assertEquals(recipe, shipped);
        AnalysisRecipe.Prepared driver = recipe.build();
        AnalysisRecipe.Prepared executor = shipped.build();
        assertEquals(driver.roots(), executor.roots());
        assertEquals(driver.analyzer().featureNames(), executor.analyzer().featureNames());
        assertEquals(driver.analyzer().predictionColumns(), executor.analyzer().predictionColumns());
        RawDocument doc = new RawDocument("corpus/a.txt", "", "a", TextKind.PLAIN,
                "Officials said on Monday that the plan raised concerns. \u201cWe fear the worst,\u201d the mayor "
                        + "said, although analysts suggested the costs might fall. According to the agency, 40 "
                        + "families were moved, and critics said the government had ignored the warnings for years.",
                Map.of("outlet", "Daily Planet"));
        Outcome.Analysed a = assertInstanceOf(Outcome.Analysed.class, driver.analyzer().analyze(doc));
        Outcome.Analysed b = assertInstanceOf(Outcome.Analysed.class, executor.analyzer().analyze(doc));
        assertArrayEquals(a.features(), b.features());
        assertEquals(a.evidence(), b.evidence());
        assertEquals(a.predictions(), b.predictions());
        assertEquals(a.article(), b.article());
    }
}
