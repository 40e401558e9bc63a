package org.presslens.features;

import java.util.List;
import java.util.Map;
import org.presslens.core.Article;
import org.presslens.core.Settings;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;

/** Shared test helpers: models loaded once, articles built from a body. */
final class Fixtures {
    static final NlpModels MODELS = NlpModels.load();

    private Fixtures() {
    }

    static AnalyzedText analyze(String body) {
        return new TextAnalyzer(MODELS).analyze(body);
    }

    static Article article(String title, String byline, String body) {
        return new Article("t1", "test", "", "", "", title, byline, "", body, List.of(), 0, Map.of());
    }

    static FeatureContext builtInContext() {
        return new FeatureContext(Settings.builtIn(), List.of());
    }
}
