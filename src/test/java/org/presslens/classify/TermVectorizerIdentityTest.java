package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * The {@link TermVectorizer} gives exactly the instances and probabilities of the models' Weka filters: for the
 * shipped default models over a few hundred varied texts (and the sample corpus), and for models trained here
 * with other text settings.
 */
class TermVectorizerIdentityTest {
    private static final List<String> DEFAULTS = List.of("reliability", "framing");
    /** Words that are in no dictionary, and text that is no word at all. */
    private static final List<String> OTHER = List.of("qwzxv", "blorptastic", "Zyzzogeton", "ñandú", "İstanbul",
            "straße", "ǅemal", "123456789", "4.5%", "—", "...", "!!", "\"", "(", ")", "'", "’", "&amp;", "<p>", "\t",
            "\n\n", "co-operate", "U.S.", "e-mail", "don’t", "it's", "'quoted'", "rock'n'roll", "x’", "’tis",
            "\u212Aelvin", "ΣΟΦΟΣ", "ﬁnance", "Ａｐｐｌｅ", "naïve", "café");

    private static Path defaultModel(String name) {
        try {
            return Path.of(TermVectorizerIdentityTest.class.getClassLoader()
                    .getResource("models/" + name + "/provenance.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Every term of a model's dictionary (outlet terms included), from its bag-of-words output format. */
    private static List<String> vocabulary(Fitting.Fitted f) {
        Instances out = f.vectorizer().getOutputFormat();
        List<String> words = new ArrayList<>();
        for (int a = 0; a < out.numAttributes(); a++) {
            String n = out.attribute(a).name();
            if (n.startsWith(ClassifierFactory.WORD_PREFIX)) {
                words.add(n.substring(ClassifierFactory.WORD_PREFIX.length()));
            }
        }
        return words;
    }

    /** The sample corpus files as raw text (HTML, feeds and scrapes: long, varied). */
    private static List<String> sampleCorpus() throws IOException, URISyntaxException {
        Path root = Path.of(TermVectorizerIdentityTest.class.getClassLoader().getResource("sample-corpus").toURI());
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                if (p.toString().endsWith(".gz")) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                        b = in.readAllBytes();
                    }
                }
                String s = new String(b, StandardCharsets.UTF_8);
                out.add(s);
                for (String line : s.split("\n")) { // a feed's records, one by one
                    if (line.length() > 40) {
                        out.add(line);
                    }
                }
            }
        }
        return out;
    }

    /** Varied texts: edge cases, random mixes of dictionary words (cased, punctuated) and others, repetitions. */
    private static List<String> texts(List<String> vocab, List<String> outletTerms, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(List.of("", " ", "\n", "!!! ??? ...", "the", "The THE the", "the of and to a in",
                "the the the the the the the the", String.join(" ", outletTerms.subList(0, Math.min(40, outletTerms.size()))),
                outletTerms.isEmpty() ? "cnn" : outletTerms.get(0), "qwzxv blorptastic", "ÇA VA? İI ıi ǅ ß",
                "don’t won't it’s O'Neill’s", vocab.get(0), vocab.get(vocab.size() - 1)));
        for (int i = 0; i < 330; i++) {
            int len = switch (i % 6) {
                case 0 -> r.nextInt(5);
                case 1 -> r.nextInt(60);
                case 2 -> r.nextInt(400);
                case 3 -> 400 + r.nextInt(1600);
                case 4 -> r.nextInt(30);
                default -> 2000 + r.nextInt(4000);
            };
            StringBuilder sb = new StringBuilder();
            String repeated = vocab.get(r.nextInt(vocab.size()));
            for (int w = 0; w < len; w++) {
                double u = r.nextDouble();
                String word = u < 0.70 ? vocab.get((int) Math.min(vocab.size() - 1, Math.abs(r.nextGaussian()) * vocab.size() / 6))
                        : u < 0.80 ? vocab.get(r.nextInt(vocab.size()))
                        : u < 0.86 && !outletTerms.isEmpty() ? outletTerms.get(r.nextInt(outletTerms.size()))
                        : u < 0.92 ? OTHER.get(r.nextInt(OTHER.size()))
                        : repeated;
                word = switch (r.nextInt(12)) {
                    case 0 -> word.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    case 2 -> word.replace('\'', '’');
                    default -> word;
                };
                sb.append(word).append(switch (r.nextInt(10)) {
                    case 0 -> ", ";
                    case 1 -> ". ";
                    case 2 -> "\n";
                    case 3 -> "-";
                    default -> " ";
                });
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Rows of random feature values (zeros, missing values, small and large magnitudes) with the texts. */
    private static List<LabelledRow> rows(List<String> texts, int numFeatures, long seed) {
        Random r = new Random(seed);
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            double[] f = new double[numFeatures];
            for (int j = 0; j < numFeatures; j++) {
                double u = r.nextDouble();
                f[j] = u < 0.3 ? 0 : u < 0.33 ? Double.NaN : u < 0.35 ? -0.0 : r.nextDouble() * Math.pow(10, r.nextInt(4) - 1);
            }
            rows.add(new LabelledRow("r" + i, "test", "row " + i, "", f, texts.get(i), null));
        }
        return rows;
    }

    /** The instance of the model's Weka filters, as {@link Fitting#probabilities} builds it without a term vectorizer. */
    private static Instance wekaInstance(Fitting.Fitted f, List<String> featureNames, LabelScheme scheme, LabelledRow row)
            throws Exception {
        Instances raw = WekaData.header(featureNames, true, Fitting.classValues(scheme));
        Instance inst = WekaData.instance(raw, f.input(List.of(row)).get(0), featureNames.size(), true, -1);
        f.vectorizer().input(inst);
        inst = f.vectorizer().output();
        if (f.termFilter() != null) {
            f.termFilter().input(inst);
            inst = f.termFilter().output();
        }
        if (f.termScale() != null) {
            Fitting.scaleTerms(inst, f.termScale());
        }
        return inst;
    }

    private static void assertSameInstances(Fitting.Fitted f, List<String> featureNames, LabelScheme scheme,
                                            List<LabelledRow> rows) throws Exception {
        TermVectorizer tv = TermVectorizer.of(f, featureNames.size());
        TermIndex index = TermIndex.ofVectorizers(List.of(tv));
        for (LabelledRow row : rows) {
            Instance expected = wekaInstance(f, featureNames, scheme, row);
            double[] features = f.input(List.of(row)).get(0).features();
            // the article's own term counts, and the counts through an index of the model's vocabulary
            for (TextTerms terms : List.of(new TextTerms(row.text()), index.terms(row.text()))) {
                Instance actual = tv.vectorize(features, terms);
                assertEquals(expected.numAttributes(), actual.numAttributes(), row.id());
                assertEquals(expected.numValues(), actual.numValues(), () -> row.id() + "\n" + expected + "\n" + actual);
                for (int j = 0; j < expected.numValues(); j++) {
                    assertEquals(expected.index(j), actual.index(j), row.id() + " entry " + j);
                    assertEquals(expected.valueSparse(j), actual.valueSparse(j), 0.0, row.id() + " entry " + j);
                }
                assertEquals(expected.weight(), actual.weight(), 0.0);
            }
        }
    }

    private static void assertSameProbabilities(TrainedModel m, List<LabelledRow> rows) {
        double[][] expected = m.probabilities(rows, true);
        double[][] actual = m.probabilities(rows, false);
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < expected[i].length; c++) {
                assertEquals(expected[i][c], actual[i][c], 0.0, rows.get(i).id() + " class " + c);
            }
        }
    }

    @Test
    void shippedDefaultModelsGiveTheProbabilitiesOfTheirWekaFilters() throws Exception {
        List<String> corpus = sampleCorpus();
        for (String name : DEFAULTS) {
            TrainedModel m = TrainedModel.load(defaultModel(name));
            assertTrue(m.vectorizesTerms(), name + " is vectorized without Weka's filters");
            List<String> texts = new ArrayList<>(texts(vocabulary(m.fitted()), m.provenance().outletTerms().terms(),
                    name.hashCode()));
            texts.addAll(corpus);
            List<LabelledRow> rows = rows(texts, m.featureNames().size(), 11);
            assertTrue(rows.size() > 350, rows.size() + " rows");
            assertSameInstances(m.fitted(), m.featureNames(), m.scheme(), rows);
            assertSameProbabilities(m, rows);
        }
    }

    @Test
    void bothDefaultModelsSharingOneArticlesTermCountsPredictAsWithTheirOwnText() {
        TrainedModel rel = TrainedModel.load(defaultModel("reliability"));
        TrainedModel fr = TrainedModel.load(defaultModel("framing"));
        List<String> texts = texts(vocabulary(fr.fitted()), fr.provenance().outletTerms().terms(), 5).subList(0, 120);
        List<LabelledRow> rows = rows(texts, rel.featureNames().size(), 3);
        double[][] relWeka = rel.probabilities(rows, true);
        double[][] frWeka = fr.probabilities(rows, true);
        TermIndex index = TermIndex.of(List.of(rel, fr));
        assertTrue(index.size() > 0);
        for (int i = 0; i < rows.size(); i++) {
            for (TextTerms shared : List.of(new TextTerms(rows.get(i).text()), index.terms(rows.get(i).text()))) {
                Prediction a = rel.predict(rows.get(i).features(), shared);
                Prediction b = fr.predict(rows.get(i).features(), shared);
                for (int c = 0; c < rel.scheme().labels().size(); c++) {
                    assertEquals(relWeka[i][c], a.probabilities().get(rel.scheme().labels().get(c)), 0.0);
                }
                for (int c = 0; c < fr.scheme().labels().size(); c++) {
                    assertEquals(frWeka[i][c], b.probabilities().get(fr.scheme().labels().get(c)), 0.0);
                }
            }
        }
    }

    @Test
    void threadsSharingTheTermVectorizerAgreeWithTheFilters() throws Exception {
        TrainedModel fr = TrainedModel.load(defaultModel("framing"));
        List<LabelledRow> rows = rows(texts(vocabulary(fr.fitted()), List.of(), 8).subList(0, 100), fr.featureNames().size(), 4);
        double[][] expected = fr.probabilities(rows, true);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<double[][]>> all = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                all.add(pool.submit(() -> {
                    double[][] out = new double[rows.size()][];
                    for (int i = 0; i < rows.size(); i++) {
                        out[i] = fr.probabilities(List.of(rows.get(i)), false)[0];
                    }
                    return out;
                }));
            }
            for (java.util.concurrent.Future<double[][]> f : all) {
                double[][] actual = f.get();
                for (int i = 0; i < rows.size(); i++) {
                    for (int c = 0; c < expected[i].length; c++) {
                        assertEquals(expected[i][c], actual[i][c], 0.0);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void modelsTrainedWithOtherTextSettingsGiveTheProbabilitiesOfTheirWekaFilters() throws Exception {
        Random r = new Random(17);
        List<String> words = List.of("harbour", "ferry", "orchard", "apple", "market", "rally", "slump", "the",
                "report", "today", "minister", "said", "storm", "rain", "court", "judge", "ruled", "outletname");
        List<LabelledRow> train = new ArrayList<>();
        for (LabelledRow x : Synthetic.singleLabel(240, 12, 5)) {
            StringBuilder sb = new StringBuilder(x.label().equals("pos") ? "rally surge " : "slump loss ");
            for (int w = 0; w < 5 + r.nextInt(40); w++) {
                sb.append(words.get(r.nextInt(words.size()))).append(r.nextInt(5) == 0 ? ". " : " ");
            }
            if (x.outlet().endsWith("1")) {
                sb.append(" outletname desk");
            }
            train.add(new LabelledRow(x.id(), x.source(), x.record(), x.outlet(), x.features(), sb.toString(), x.label()));
        }
        LabelledData data = LabelledData.read(train.stream(), LabelledData.Options.infer("label"));
        List<String> vocab = new ArrayList<>(words);
        vocab.addAll(List.of("rally surge", "slump loss", "desk", "surge", "loss"));
        List<LabelledRow> rows = rows(texts(vocab, List.of("outletname", "desk"), 9).subList(0, 150),
                Synthetic.FEATURES.size(), 2);
        List<TrainedModel> models = new ArrayList<>();
        for (TextFeatures t : List.of(new TextFeatures(true, 2, 1, 1000, 0),
                new TextFeatures(true, 3, 2, 50, 0, 0.5, true),
                new TextFeatures(true, 1, 1, 10, 0, 0.3, false),
                new TextFeatures(true, 2, 1, 1000, 0, 0, true))) {
            for (String learner : List.of("liblinear", "sgd")) {
                TrainedModel m = new Trainer(TrainingConfig.defaults(learner).withFolds(0).withText(t))
                        .train(data, new FeatureSet(Synthetic.FEATURES, "h"),
                                new DataSource(List.of("x.jsonl"), "0", "label", "outlet", "presslens train"));
                assertTrue(m.vectorizesTerms(), t + " " + learner);
                assertSameInstances(m.fitted(), m.featureNames(), m.scheme(), rows);
                assertSameProbabilities(m, rows);
                models.add(m);
            }
        }
        // one index over models that tokenize differently: those unlike the first count their terms themselves
        TermIndex index = TermIndex.of(models);
        for (TrainedModel m : models) {
            double[][] expected = m.probabilities(rows, true);
            for (int i = 0; i < rows.size(); i++) {
                Prediction p = m.predict(rows.get(i).features(), index.terms(rows.get(i).text()));
                for (int c = 0; c < expected[i].length; c++) {
                    assertEquals(expected[i][c], p.probabilities().get(m.scheme().labels().get(c)), 0.0);
                }
            }
        }
    }

    @Test
    void aVectorizerItDoesNotReproduceKeepsWekasFilters() throws Exception {
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new LabelledRow("t" + i, "t", "l" + i, "", new double[0], (i % 2 == 0 ? "ferry harbour" : "apple orchard")
                    + " common words", i % 2 == 0 ? "pos" : "neg"));
        }
        LabelledData data = LabelledData.read(rows.stream(), LabelledData.Options.infer("label"));
        Fitting.Fitted f = new Fitting(TrainingConfig.defaults("sgd").withText(TextFeatures.defaults()), List.of()).fit(data);
        assertNotNull(TermVectorizer.of(f, 0));
        StringToWordVector other = new StringToWordVector();
        other.setTokenizer(new weka.core.tokenizers.WordTokenizer());
        other.setInputFormat(WekaData.header(List.of(), true, data.scheme().labels()));
        weka.filters.Filter.useFilter(WekaData.singleLabel(data, List.of(), true), other);
        Fitting.Fitted withOther = new Fitting.Fitted(f.scaling(), other, null, null, null, f.models(), null, f.rule());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TermVectorizer.of(withOther, 0));
        assertTrue(e.getMessage().startsWith("tokenizer weka.core.tokenizers.WordTokenizer"), e.getMessage());
    }
}
