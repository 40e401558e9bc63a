package org.presslens.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.presslens.clean.BoilerplateCleaner;
import org.presslens.clean.CleanedText;
import org.presslens.core.Article;
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
 * reject texts below the minimum length, score every feature, and apply the label models. Thread-safe:
 * each worker thread gets its own OpenNLP analyzer.
 */
public final class CorpusAnalyzer implements ArticleAnalyzer {
    /** Record fields that become {@link Article} columns rather than {@code meta.*} columns. */
    private static final List<String> CANONICAL = List.of("outlet", "date", "url", "title", "authors");

    private final BoilerplateCleaner cleaner;
    private final MetadataExtractor metadata;
    private final FeaturePipeline features;
    private final LabelPredictor predictor;
    private final int minWords;
    private final ThreadLocal<TextAnalyzer> analyzers;

    /**
     * @param cleaner   boilerplate cleaner
     * @param metadata  metadata detection
     * @param features  the feature pipeline
     * @param models    the OpenNLP models shared by all threads
     * @param predictor the label models applied to each article (may predict nothing)
     * @param minWords  articles whose cleaned body has fewer words are skipped
     */
    public CorpusAnalyzer(BoilerplateCleaner cleaner, MetadataExtractor metadata, FeaturePipeline features,
                          NlpModels models, LabelPredictor predictor, int minWords) {
        this.cleaner = cleaner;
        this.metadata = metadata;
        this.features = features;
        this.predictor = predictor;
        this.minWords = minWords;
        this.analyzers = ThreadLocal.withInitial(() -> new TextAnalyzer(models));
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
        m.put("min_words", minWords);
        m.put("models", predictor.describe());
        return m;
    }

    /**
     * Analyses one document. A failure inside the analysis (a bug or an input no rule foresaw) does not stop
     * a run: the document is rejected with the error as its reason.
     */
    @Override
    public Outcome analyze(RawDocument doc) {
        try {
            return analyzeOrThrow(doc);
        } catch (RuntimeException e) {
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return reject(doc, "analysis failed: " + e + (at == null ? "" : " at " + at));
        }
    }

    private Outcome analyzeOrThrow(RawDocument doc) {
        Outcome prepared = prepare(doc);
        if (!(prepared instanceof Outcome.Analysed a)) {
            return prepared;
        }
        Article article = a.article();
        Scored s = features.score(article, analyzers.get());
        List<String> predictions = predictor.predict(article, s);
        return new Outcome.Analysed(article, s.words(), s.sentences(), s.values(), s.evidence(), predictions,
                a.bodyHash());
    }

    /**
     * The first half of {@link #analyze}: cleaning, metadata and the length check, without features. The
     * result carries no feature values, evidence or predictions, and its word count is the cheap
     * whitespace count.
     */
    public Outcome prepare(RawDocument doc) {
        CleanedText cleaned = doc.kind() == TextKind.HTML ? cleaner.cleanHtml(doc.text())
                : cleaner.clean(doc.text(), doc.fields().getOrDefault("title", ""));
        int words = countWords(cleaned.body());
        if (words == 0) {
            return reject(doc, "no body text left after cleaning (" + cleaned.removedLines().size()
                    + " lines removed as boilerplate)");
        }
        if (words < minWords) {
            return reject(doc, "text below minimum length: " + words + " words < " + minWords);
        }
        Metadata m = metadata.detect(doc, cleaned);
        Map<String, String> extra = new LinkedHashMap<>(doc.fields());
        CANONICAL.forEach(extra::remove);
        Article article = new Article(doc.id(), doc.source(), doc.record(), m.outlet(), m.date(), m.title(),
                m.byline(), m.url(), cleaned.body(), cleaned.removedLines(), cleaned.inputLines().size(), extra);
        return new Outcome.Analysed(article, words, 0, new double[0], List.of(), List.of(), bodyHash(cleaned.body()));
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
            } else if (!counted && (ch < 128 ? ASCII_ALNUM[ch] : Character.isLetterOrDigit(ch))) {
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

    private static final boolean[] ASCII_ALNUM = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
        }
    }

    /** Whitespace, including the no-break spaces Java's {@code isWhitespace} leaves out. */
    private static boolean isSpace(char ch) {
        if (ch < 128) {
            return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1f);
        }
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }
}
