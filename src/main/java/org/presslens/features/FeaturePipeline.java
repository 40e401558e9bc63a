package org.presslens.features;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.presslens.core.Article;
import org.presslens.core.Cancellation;
import org.presslens.core.ConfigException;
import org.presslens.core.ConfigSection;
import org.presslens.core.Settings;
import org.presslens.features.attribution.AttributionExtractor;
import org.presslens.features.attribution.QuotesExtractor;
import org.presslens.lexicon.Lexicon;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NlpModels;
import org.presslens.text.TextAnalyzer;

/**
 * The ordered feature extractors chosen by the configuration ({@code features.extractors}, default: every
 * registered extractor in registry order), plus a {@code dic} extractor when extra dictionaries are given.
 * Immutable and thread-safe; each thread scores through its own {@link ArticleScorer} (or passes its own
 * {@link TextAnalyzer}).
 */
public final class FeaturePipeline {
    /**
     * Every extractor presslens knows, in default order: id → constructor. Adding an extractor is one line.
     */
    public static final List<Map.Entry<String, Function<FeatureContext, FeatureExtractor>>> REGISTRY = List.of(
            Map.entry(HedgingExtractor.ID, HedgingExtractor::new),
            Map.entry(FramingExtractor.ID, FramingExtractor::new),
            Map.entry(ReliabilityExtractor.ID, ReliabilityExtractor::new),
            Map.entry(AttributionExtractor.ID, AttributionExtractor::new),
            Map.entry(QuotesExtractor.ID, QuotesExtractor::new));

    private final List<FeatureExtractor> extractors;
    private final List<String> featureNames;
    private final List<FeatureInfo> features;
    private final int[] widths;
    private final String featureSetHash;
    private final Map<String, String> lexiconHashes;
    private final Map<String, String> extractorHashes;

    /** A pipeline from the configuration alone. */
    public FeaturePipeline(Settings settings) {
        this(settings, List.of());
    }

    /**
     * @param settings          the configuration (section {@code features})
     * @param extraDictionaries LIWC-style {@code .dic} or quanteda YAML files from the command line
     *                          ({@code --dictionary FILE}), added after {@code features.dictionaries}
     * @throws ConfigException when an extractor id, option, lexicon or dictionary is unusable
     */
    public FeaturePipeline(Settings settings, List<Path> extraDictionaries) {
        this(settings, extraDictionaries, null);
    }

    /**
     * @param settings          the configuration (section {@code features})
     * @param extraDictionaries LIWC-style {@code .dic} or quanteda YAML files from the command line
     *                          ({@code --dictionary FILE}), added after {@code features.dictionaries}
     * @param dictionaryUnit    the unit of the dictionary features, overriding {@code features.dictionary_unit}
     *                          ({@code --dictionary-percent}); null: the configuration's (default per 1,000 words)
     * @throws ConfigException when an extractor id, option, lexicon or dictionary is unusable
     */
    public FeaturePipeline(Settings settings, List<Path> extraDictionaries, DictionaryExtractor.Unit dictionaryUnit) {
        ConfigSection section = ConfigSection.of(settings, "features").declare("lexicons")
                .declare(REGISTRY.stream().map(Map.Entry::getKey).toList()); // features.<id>: that extractor's options
        List<String> dictionaryFiles = section.texts("dictionaries", List.of(), "dictionary files");
        DictionaryExtractor.Unit configuredUnit = DictionaryExtractor.Unit.of(section.choice("dictionary_unit",
                DictionaryExtractor.Unit.PER_1000_WORDS.key(), DictionaryExtractor.Unit.keys()));
        DictionaryExtractor.Unit unit = dictionaryUnit == null ? configuredUnit : dictionaryUnit;
        List<String> chosen = section.texts("extractors", null, "extractor ids");
        section.checkKeys();
        List<Lexicon> dictionaries = new ArrayList<>();
        for (String f : dictionaryFiles) {
            dictionaries.add(Lexicon.dictionaryFromConfig(settings, f));
        }
        for (Path p : extraDictionaries) {
            dictionaries.add(Lexicon.fromFile(p));
        }
        Set<String> dicNames = new HashSet<>();
        for (Lexicon d : dictionaries) {
            if (!dicNames.add(d.name())) {
                throw new ConfigException("two dictionaries are named '" + d.name()
                        + "' (dictionary names come from file names and must be unique)");
            }
        }
        FeatureContext ctx = new FeatureContext(settings, dictionaries);

        Map<String, Function<FeatureContext, FeatureExtractor>> known = new LinkedHashMap<>();
        REGISTRY.forEach(e -> known.put(e.getKey(), e.getValue()));
        List<String> ids = new ArrayList<>();
        if (chosen == null) {
            ids.addAll(known.keySet());
        }
        for (String id : chosen == null ? List.<String>of() : chosen) {
            if (!known.containsKey(id)) {
                throw section.error("extractors", "unknown extractor '" + id + "' (expected one of "
                        + String.join(", ", known.keySet()) + ")");
            }
            if (ids.contains(id)) {
                throw section.error("extractors", "'" + id + "' is listed twice");
            }
            ids.add(id);
        }
        List<FeatureExtractor> list = new ArrayList<>();
        Map<String, Set<String>> rolesOf = new LinkedHashMap<>();
        for (String id : ids) {
            int from = ctx.askedRoles().size();
            FeatureExtractor x = known.get(id).apply(ctx);
            list.add(x);
            rolesOf.put(x.id(), new TreeSet<>(ctx.askedRoles().subList(from, ctx.askedRoles().size())));
        }
        for (Lexicon d : dictionaries) {
            ctx.loadedLexicons().forEach((role, lexs) -> {
                if (lexs.stream().anyMatch(l -> l.name().equals(d.name()))) {
                    throw new ConfigException("dictionary '" + d.name() + "' has the name of the '" + role
                            + "' lexicon, so their rows in terms.csv could not be told apart; rename the dictionary "
                            + "file (its name comes from the file name)");
                }
            });
        }
        if (!dictionaries.isEmpty()) {
            DictionaryExtractor x = new DictionaryExtractor(ctx, unit);
            list.add(x);
            rolesOf.put(x.id(), new TreeSet<>());
        }
        this.extractors = List.copyOf(list);

        List<FeatureInfo> declared = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] widths = new int[extractors.size()];
        for (int i = 0; i < extractors.size(); i++) {
            FeatureExtractor x = extractors.get(i);
            List<FeatureInfo> own = x.features();
            widths[i] = own.size();
            for (FeatureInfo f : own) {
                FeatureInfo full = f.prefixed(x.id());
                if (!seen.add(full.name())) {
                    throw new ConfigException("feature '" + full.name()
                            + "' is produced twice (category names must be unique)");
                }
                declared.add(full);
            }
        }
        this.features = List.copyOf(declared);
        this.featureNames = declared.stream().map(FeatureInfo::name).toList();
        this.widths = widths;

        Map<String, String> hashes = new TreeMap<>();
        ctx.loadedLexicons().forEach((role, lexs) -> {
            for (Lexicon l : lexs) {
                hashes.put(role + ":" + l.name(), l.sha256());
            }
        });
        for (Lexicon d : dictionaries) {
            hashes.put("dic:" + d.name(), d.sha256());
        }
        this.lexiconHashes = Collections.unmodifiableMap(hashes);

        StringBuilder sb = new StringBuilder();
        sb.append("presslens feature set v1\n");
        for (FeatureExtractor x : extractors) {
            sb.append("extractor\t").append(x.id()).append('\t').append(x.configDigest()).append('\n');
        }
        for (String n : featureNames) {
            sb.append("feature\t").append(n).append('\n');
        }
        lexiconHashes.forEach((k, v) -> sb.append("lexicon\t").append(k).append('\t').append(v).append('\n'));
        this.featureSetHash = Settings.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));

        Map<String, String> perExtractor = new LinkedHashMap<>();
        for (FeatureExtractor x : extractors) {
            StringBuilder e = new StringBuilder("presslens extractor v1\n");
            e.append("extractor\t").append(x.id()).append('\t').append(x.configDigest()).append('\n');
            for (String f : x.featureNames()) {
                e.append("feature\t").append(x.id()).append('.').append(f).append('\n');
            }
            Set<String> roles = rolesOf.get(x.id());
            lexiconHashes.forEach((k, v) -> {
                String role = k.substring(0, k.indexOf(':'));
                if (roles.contains(role) || (x instanceof DictionaryExtractor && role.equals("dic"))) {
                    e.append("lexicon\t").append(k).append('\t').append(v).append('\n');
                }
            });
            perExtractor.put(x.id(), Settings.sha256(e.toString().getBytes(StandardCharsets.UTF_8)));
        }
        this.extractorHashes = Collections.unmodifiableMap(perExtractor);
    }

    /**
     * Per extractor id, SHA-256 over what determines its features: its effective options, its feature names and
     * the content hash of each lexicon it asked for (a dictionary extractor: every dictionary). A model binds to
     * the extractors whose features it reads by these hashes, so that adding another extractor or dictionary
     * leaves it usable.
     */
    public Map<String, String> extractorHashes() {
        return extractorHashes;
    }

    /** The extractors in order. */
    public List<FeatureExtractor> extractors() {
        return extractors;
    }

    /**
     * The two text-layer counts every article row carries before the features ({@code words}, {@code sentences};
     * the denominators of every rate and share), declared like a feature.
     */
    public static final List<FeatureInfo> TEXT_COUNTS = List.of(
            new FeatureInfo("words", "Words", "words",
                    "word tokens of the cleaned body: tokens holding at least one letter or digit"),
            new FeatureInfo("sentences", "Sentences", "sentences",
                    "sentences of the cleaned body; every line break ends one"));

    /** Every feature as its extractor declares it, named with its family prefix, in value order. */
    public List<FeatureInfo> features() {
        return features;
    }

    /** Every feature name with its family prefix ({@code hedging.hedge_rate}), in value order. */
    public List<String> featureNames() {
        return featureNames;
    }

    /**
     * SHA-256 over the extractors' effective options ({@link FeatureExtractor#configDigest()}), the feature
     * names and the content hash of every lexicon and dictionary (so the same settings spelled differently, or
     * a lexicon moved to another folder, keep the hash). Models trained on one feature set refuse another.
     */
    public String featureSetHash() {
        return featureSetHash;
    }

    /** Content hash of every lexicon used, keyed {@code role:name} (dictionaries as {@code dic:name}), sorted. */
    public Map<String, String> lexiconHashes() {
        return lexiconHashes;
    }

    /** Analyses the article's body with the caller's (per-thread) analyzer, then scores it. */
    public Scored score(Article article, TextAnalyzer analyzer) {
        return score(article, analyzer.analyze(article.body()));
    }

    /** Scores an article whose body has already been analysed. */
    public Scored score(Article article, AnalyzedText text) {
        double[] values = new double[featureNames.size()];
        List<Evidence> evidence = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < extractors.size(); i++) {
            FeatureExtractor x = extractors.get(i);
            Cancellation.check();
            Extraction e = x.extract(article, text);
            double[] v = e.values();
            if (v.length != widths[i]) {
                throw new IllegalStateException("extractor " + x.id() + " returned " + v.length + " values for "
                        + widths[i] + " features");
            }
            System.arraycopy(v, 0, values, k, v.length);
            k += v.length;
            evidence.addAll(e.evidence());
        }
        return new Scored(values, evidence, text.wordCount(), text.sentences().size());
    }

    /** A scorer for one thread. */
    public ArticleScorer scorer(NlpModels models) {
        return new ArticleScorer(this, new TextAnalyzer(models));
    }

    /** Scores articles on one thread: the pipeline plus that thread's {@link TextAnalyzer}. Not thread-safe. */
    public static final class ArticleScorer {
        private final FeaturePipeline pipeline;
        private final TextAnalyzer analyzer;

        public ArticleScorer(FeaturePipeline pipeline, TextAnalyzer analyzer) {
            this.pipeline = pipeline;
            this.analyzer = analyzer;
        }

        public Scored score(Article article) {
            return pipeline.score(article, analyzer);
        }

        /** This thread's analyzer (to analyse a body once and reuse it). */
        public TextAnalyzer analyzer() {
            return analyzer;
        }
    }
}
