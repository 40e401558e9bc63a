package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.presslens.core.Article;
import org.presslens.core.Settings;
import org.presslens.text.AnalyzedText;
import org.presslens.text.TextAnalyzer;

/** The contract every registered extractor must keep; new extractors are covered by registering them. */
class FeatureExtractorContractTest {
    private static final List<String> BODIES = List.of(
            "",
            "One line without a full stop",
            "MOSCOW (Reuters) - The minister may visit Beijing in May, officials said. “It is a no-limits friendship,” "
                    + "Wang Yi told reporters.\n\nCritics say the talks could fail! The plan clearly failed.",
            "By Ann Lee\n\nThe summit was shocking. The summit was shocking. The summit was shocking, we heard.\n\n"
                    + "(With inputs from agencies)",
            "‘Quoted’ – dashes — and … odd punctuation?! 1,000 U.S. troops; Xi’s visit; don't.");

    @Test
    void everyRegisteredExtractorKeepsTheContract() {
        FeatureContext ctx = Fixtures.builtInContext();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, Function<FeatureContext, FeatureExtractor>> e : FeaturePipeline.REGISTRY) {
            FeatureExtractor x = e.getValue().apply(ctx);
            assertEquals(e.getKey(), x.id());
            assertTrue(ids.add(x.id()), "duplicate id " + x.id());
            assertTrue(x.id().matches("[a-z][a-z0-9_]*"), x.id());
            Set<String> names = new HashSet<>(x.featureNames());
            assertEquals(x.featureNames().size(), names.size(), "duplicate feature names in " + x.id());
            for (String n : x.featureNames()) {
                assertTrue(n.matches("[a-z][a-z0-9_.]*"), x.id() + "." + n);
            }
            for (String body : BODIES) {
                AnalyzedText t = Fixtures.analyze(body);
                Extraction ex = x.extract(Fixtures.article("A title?", "", body), t);
                assertEquals(x.featureNames().size(), ex.values().length, x.id());
                for (Evidence ev : ex.evidence()) {
                    int[] se = offsets(ev);
                    assertTrue(se[0] >= 0 && se[0] <= se[1] && se[1] <= body.length(), x.id() + " evidence " + ev);
                }
            }
        }
    }

    private static int[] offsets(Evidence e) {
        if (e instanceof Evidence.Term t) {
            return new int[] {t.start(), t.end()};
        }
        if (e instanceof Evidence.Quote q) {
            return new int[] {q.start(), q.end()};
        }
        Evidence.Attribution a = (Evidence.Attribution) e;
        return new int[] {a.start(), a.end()};
    }

    @Test
    void scoringOnTwoThreadsGivesTheSameValuesAsOne() throws Exception {
        FeaturePipeline p = new FeaturePipeline(Settings.builtIn());
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(Fixtures.article("T" + i, "", BODIES.get(i % BODIES.size()) + " Extra sentence number " + i + "."));
        }
        TextAnalyzer one = new TextAnalyzer(Fixtures.MODELS);
        List<double[]> sequential = new ArrayList<>();
        for (Article a : articles) {
            sequential.add(p.score(a, one).values());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[]>> fs = new ArrayList<>();
            ThreadLocal<TextAnalyzer> perThread = ThreadLocal.withInitial(() -> new TextAnalyzer(Fixtures.MODELS));
            for (Article a : articles) {
                fs.add(pool.submit(() -> p.score(a, perThread.get()).values()));
            }
            for (int i = 0; i < articles.size(); i++) {
                assertArrayEquals(sequential.get(i), fs.get(i).get(), 0.0);
            }
        } finally {
            pool.shutdown();
        }
    }
}
