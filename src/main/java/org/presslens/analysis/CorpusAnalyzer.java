package org.presslens.analysis;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.presslens.clean.BoilerplateCleaner;
import org.presslens.clean.CleanedText;
import org.presslens.clean.HtmlPage;
import org.presslens.core.Article;
import org.presslens.core.CharClass;
import org.presslens.features.FeatureInfo;
import org.presslens.features.FeaturePipeline;
import org.presslens.features.Scored;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.Skip;
import org.presslens.ingest.TextKind;
import org.presslens.metadata.Metadata;
import org.presslens.metadata.MetadataExtractor;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;

/**
 * The standard per-article analysis: clean (HTML main content or plain-text boilerplate), detect metadata,
 * reject texts above the maximum or below the minimum length, score every feature, and apply the label models.
 * Each record's analysis runs under the time budget {@code analyze.max_record_seconds}: a record still being
 * analysed after it is rejected, and so is one whose analysis fails, so that one text never stops a run,
 * whichever engine calls this class. Thread-safe: each worker thread gets its own OpenNLP analyzer.
 */
public final class CorpusAnalyzer implements ArticleAnalyzer {
    /**
     * An HTML page may hold this many times {@code analyze.max_characters} of markup: a larger one is skipped before
     * it is parsed (the parser needs several times a page's size in memory).
     */
    static final int HTML_MARKUP_FACTOR = 10;
    /** Record fields that become {@link Article} columns rather than {@code meta.*} columns. */
    private static final List<String> CANONICAL = List.of("outlet", "date", "url", "title", "authors");

    private final BoilerplateCleaner cleaner;
    private final MetadataExtractor metadata;
    private final FeaturePipeline features;
    private final LabelPredictor predictor;
    private final AnalyzeConfig limits;
    private final TimeBudget budget;
    private final String overBudget;
    private final ThreadLocal<TextAnalyzer> analyzers;

    /**
     * @param cleaner   boilerplate cleaner
     * @param metadata  metadata detection
     * @param features  the feature pipeline
     * @param models    the OpenNLP models shared by all threads
     * @param predictor the label models applied to each article (may predict nothing)
     * @param limits    the length limits and the time budget of one record
     */
    public CorpusAnalyzer(BoilerplateCleaner cleaner, MetadataExtractor metadata, FeaturePipeline features,
                          NlpModels models, LabelPredictor predictor, AnalyzeConfig limits) {
        this.cleaner = cleaner;
        this.metadata = metadata;
        this.features = features;
        this.predictor = predictor;
        this.limits = limits;
        this.budget = new TimeBudget(Duration.ofSeconds(limits.maxRecordSeconds()));
        this.overBudget = "analysis exceeded the time budget of " + limits.maxRecordSeconds()
                + " s (analyze.max_record_seconds)";
        this.analyzers = ThreadLocal.withInitial(() -> new TextAnalyzer(models));
    }

    @Override
    public List<FeatureInfo> features() {
        return features.features();
    }

    @Override
    public List<String> featureNames() {
        return features.featureNames();
    }

    /** The label models applied to each article. */
    public LabelPredictor predictor() {
        return predictor;
    }

    @Override
    public List<String> predictionColumns() {
        return predictor.columns();
    }

    @Override
    public Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("feature_set_hash", features.featureSetHash());
        m.put("lexicons", new TreeMap<>(features.lexiconHashes()));
        m.put("min_words", limits.minWords());
        m.put("max_characters", limits.maxCharacters());
        m.put("max_record_seconds", limits.maxRecordSeconds());
        m.put("models", predictor.describe());
        return m;
    }

    /**
     * Analyses one document within the time budget. A record over the budget is rejected with the budget as
     * its reason; a failure inside the analysis (a bug, an input no rule foresaw, a stack or heap exhausted by
     * one text) is rejected with the error as its reason. Neither stops a run.
     */
    @Override
    public Outcome analyze(RawDocument doc) {
        return analyze(doc, StageTimes.NONE);
    }

    /**
     * {@link #analyze(RawDocument)}, adding the time of cleaning, of the features and of the models to {@code times}
     * (also of a record rejected, failed or stopped by the budget: up to where it ended).
     */
    @Override
    public Outcome analyze(RawDocument doc, StageTimes times) {
        return budget.run(() -> analyzeOrReject(doc, times), () -> reject(doc, overBudget));
    }

    private Outcome analyzeOrReject(RawDocument doc, StageTimes times) {
        try {
            return analyzeOrThrow(doc, times);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return reject(doc, "analysis failed: " + e + (at == null ? "" : " at " + at));
        }
    }

    private Outcome analyzeOrThrow(RawDocument doc, StageTimes times) {
        long t = System.nanoTime();
        Outcome prepared;
        try {
            prepared = prepare(doc);
        } finally {
            t = times.addSince(StageTimes.Stage.READ_CLEAN, t);
        }
        if (!(prepared instanceof Outcome.Analysed a)) {
            return prepared;
        }
        Article article = a.article();
        Scored s;
        try {
            s = features.score(article, analyzers.get());
        } finally {
            t = times.addSince(StageTimes.Stage.FEATURES, t);
        }
        List<String> predictions;
        try {
            predictions = predictor.predict(article, s, a.bodyHash());
        } finally {
            times.addSince(StageTimes.Stage.MODELS, t);
        }
        return new Outcome.Analysed(article, s.words(), s.sentences(), s.values(), s.evidence(), predictions,
                a.bodyHash());
    }

    /**
     * The first half of {@link #analyze}: cleaning, metadata and the length check, without features. The
     * result carries no feature values, evidence or predictions, and its word count is the cheap
     * whitespace count.
     */
    public Outcome prepare(RawDocument doc) {
        CleanedText cleaned;
        if (doc.kind() == TextKind.HTML) {
            long markup = (long) HTML_MARKUP_FACTOR * limits.maxCharacters();
            if (doc.text().length() > markup) {
                return reject(doc, "text above maximum length: " + doc.text().length() + " characters of HTML > "
                        + markup + " (" + HTML_MARKUP_FACTOR + " × analyze.max_characters)");
            }
            HtmlPage page = cleaner.extractHtml(doc.text());
            long chars = page.textLength();
            if (chars > limits.maxCharacters()) {
                return tooLong(doc, chars, "extracted from the page");
            }
            cleaned = cleaner.clean(page);
        } else {
            if (doc.text().length() > limits.maxCharacters()) {
                return tooLong(doc, doc.text().length(), "");
            }
            cleaned = cleaner.clean(doc.text(), doc.fields().getOrDefault("title", ""));
        }
        int words = countWords(cleaned.body());
        if (words == 0) {
            return reject(doc, "no body text left after cleaning (" + cleaned.removedLines().size()
                    + " lines removed as boilerplate)");
        }
        if (words < limits.minWords()) {
            return reject(doc, "text below minimum length: " + words + " words < " + limits.minWords());
        }
        Metadata m = metadata.detect(doc, cleaned);
        Map<String, String> extra = new LinkedHashMap<>(doc.fields());
        CANONICAL.forEach(extra::remove);
        Article article = new Article(doc.id(), doc.source(), doc.record(), m.outlet(), m.date(), m.title(),
                m.byline(), m.url(), cleaned.body(), cleaned.removedLines(), cleaned.inputLines().size(), extra);
        return new Outcome.Analysed(article, words, 0, new double[0], List.of(), List.of(), bodyHash(cleaned.body()));
    }

    private Outcome tooLong(RawDocument doc, long chars, String what) {
        return reject(doc, "text above maximum length: " + chars + " characters" + (what.isEmpty() ? "" : " " + what)
                + " > " + limits.maxCharacters() + " (analyze.max_characters)");
    }

    private static Outcome reject(RawDocument doc, String reason) {
        return new Outcome.Rejected(new Skip(doc.source(), doc.record(), reason));
    }

    /** Whitespace-separated tokens holding a letter or digit: a cheap count for the length check. */
    static int countWords(String body) {
        int n = 0;
        boolean counted = false;
        for (int i = 0, len = body.length(); i < len; i++) {
            char ch = body.charAt(i);
            if (isSpace(ch)) {
                counted = false;
            } else if (!counted && CharClass.letterOrDigit(ch)) {
                counted = true;
                n++;
            }
        }
        return n;
    }

    /**
     * A 64-bit hash of the body, lower-cased with whitespace runs collapsed (FNV-1a over the normalised
     * characters, then a final avalanche mix); equal for bodies that differ only in case and spacing.
     */
    static long bodyHash(String body) {
        return org.presslens.core.BodyHash.of(body);
    }

    /** Whitespace, including the no-break spaces Java's {@code isWhitespace} leaves out. */
    private static boolean isSpace(char ch) {
        if (ch < 128) {
            return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1f);
        }
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }
}
