package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;

class TrainedModelTest {
    private static final FeatureSet FEATURES = new FeatureSet(Synthetic.FEATURES, "hash-A");
    private static final DataSource SOURCE =
            new DataSource(List.of("synthetic.jsonl"), "0123", "label", "outlet", "presslens train --data x --out m");

    @TempDir
    Path tmp;

    private static LabelledData single(long seed) {
        return LabelledData.read(Synthetic.singleLabel(240, 12, seed).stream(), LabelledData.Options.infer("label"));
    }

    @Test
    void separableDataIsLearnedAndRoundTripsThroughSaveAndLoad() throws Exception {
        LabelledData data = single(42);
        TrainedModel m = new Trainer(TrainingConfig.defaults("logistic")).train(data, FEATURES, SOURCE);
        assertTrue(m.cvMetrics().get("accuracy") > 0.85, "CV accuracy " + m.cvMetrics().get("accuracy"));
        assertEquals("outlet", m.provenance().groupedBy());
        assertEquals("demo.signal", m.provenance().informativeFeatures().get("model").get(0).name());
        assertEquals("pos", m.provenance().informativeFeatures().get("model").get(0).highest(),
                "class pos has the higher signal values");

        m.save(tmp);
        for (String f : List.of("model.bin", "header.arff", "provenance.json", "metrics.json", "metrics.csv")) {
            assertTrue(Files.isRegularFile(tmp.resolve(f)), f);
        }
        TrainedModel loaded = TrainedModel.load(tmp, "hash-A");
        List<LabelledRow> fresh = Synthetic.singleLabel(50, 5, 99);
        List<Prediction> a = m.predict(fresh);
        List<Prediction> b = loaded.predict(fresh);
        assertEquals(a, b);
        Prediction p = loaded.predict(new double[] {2.5, 0.0}, "");
        assertEquals(List.of("pos"), p.labels());
        assertEquals(List.of("neg", "pos"), List.copyOf(p.probabilities().keySet()));
        assertEquals(1.0, p.probabilities().get("neg") + p.probabilities().get("pos"), 1e-9);
        assertEquals(m.provenance().labelScheme(), loaded.provenance().labelScheme());
        assertEquals(List.of(), loaded.provenance().featureNames().subList(2, 2));
    }

    @Test
    void threadsPredictTogetherWithoutALockAndAgreeWithOneThread() throws Exception {
        java.util.Random r = new java.util.Random(7);
        List<LabelledRow> rows = new java.util.ArrayList<>();
        for (LabelledRow x : Synthetic.singleLabel(240, 12, 3)) {
            String words = (x.label().equals("pos") ? "rally surge gain " : "slump loss drop ")
                    + List.of("the", "market", "today", "report").get(r.nextInt(4));
            rows.add(new LabelledRow(x.id(), x.source(), x.record(), x.outlet(), x.features(), words, x.label()));
        }
        LabelledData data = LabelledData.read(rows.stream(), LabelledData.Options.infer("label"));
        TrainedModel m = new Trainer(TrainingConfig.defaults("liblinear").withFolds(0)
                .withText(new TextFeatures(true, 1, 1, 1000, 0))).train(data, FEATURES, SOURCE);
        List<Prediction> one = m.predict(rows);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Prediction>>> all = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                all.add(pool.submit(() -> {
                    List<Prediction> out = new java.util.ArrayList<>();
                    for (LabelledRow row : rows) { // one row per call: the filters' per-call state is exercised
                        out.addAll(m.predict(List.of(row)));
                    }
                    return out;
                }));
            }
            for (java.util.concurrent.Future<List<Prediction>> f : all) {
                assertEquals(one, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loadingWithAnotherFeatureSetHashIsRefused() throws Exception {
        TrainedModel m = new Trainer(TrainingConfig.defaults("j48").withFolds(0)).train(single(1), FEATURES, SOURCE);
        m.save(tmp);
        ConfigException e = assertThrows(ConfigException.class, () -> TrainedModel.load(tmp, "hash-B"));
        assertEquals("model " + tmp + " was trained with feature-set hash hash-A but the running feature pipeline "
                + "has hash-B; retrain the model with the current configuration: presslens train --data x --out m",
                e.getMessage());
    }

    @Test
    void sameDataAndSeedGiveTheSameMetricsAndPredictions() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        TrainingConfig config = TrainingConfig.defaults("random-forest").withSeed(7);
        TrainedModel a = new Trainer(config).train(single(3), FEATURES, SOURCE);
        TrainedModel b = new Trainer(config).train(single(3), FEATURES, SOURCE);
        a.save(one);
        b.save(two);
        assertArrayEquals(Files.readAllBytes(one.resolve("metrics.json")), Files.readAllBytes(two.resolve("metrics.json")));
        assertArrayEquals(Files.readAllBytes(one.resolve("metrics.csv")), Files.readAllBytes(two.resolve("metrics.csv")));
        assertEquals(withoutTimestamp(one.resolve("provenance.json")), withoutTimestamp(two.resolve("provenance.json")));
        List<LabelledRow> fresh = Synthetic.singleLabel(40, 4, 5);
        assertEquals(a.predict(fresh), TrainedModel.load(two, "hash-A").predict(fresh));
    }

    private static String withoutTimestamp(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8).replaceAll("\"created_at\" : \"[^\"]*\"", "");
    }

    @Test
    void multiLabelTrainsOneBinaryModelPerLabel() throws Exception {
        LabelledData data = LabelledData.read(Synthetic.multiLabel(300, 10, 8).stream(),
                LabelledData.Options.infer("frames"));
        assertTrue(data.scheme().multiLabel());
        TrainedModel m = new Trainer(TrainingConfig.defaults("logistic")).train(data, FEATURES, SOURCE);
        assertEquals("multi-label", m.cvMetrics().kind());
        assertTrue(m.cvMetrics().get("micro_f1") > 0.85, "micro-F1 " + m.cvMetrics().get("micro_f1"));
        m.save(tmp);
        assertTrue(Files.isRegularFile(tmp.resolve("label-a.bin")));
        assertTrue(Files.isRegularFile(tmp.resolve("label-b.bin")));
        assertEquals(java.util.Map.of("a", "label-a.bin", "b", "label-b.bin"), m.provenance().modelFiles());
        TrainedModel loaded = TrainedModel.load(tmp, "hash-A");
        assertEquals(List.of("a", "b"), loaded.predict(new double[] {2, 2}, "").labels());
        assertEquals(List.of("a"), loaded.predict(new double[] {2, -2}, "").labels());
        assertEquals(List.of("b"), loaded.predict(new double[] {-2, 2}, "").labels());
        assertEquals(List.of(), loaded.predict(new double[] {-2, -2}, "").labels());
        assertEquals("yes", m.provenance().informativeFeatures().get("a").get(0).highest());
        // each label's model answers only for its label: the probability of a depends on the first feature
        assertTrue(loaded.predict(new double[] {2, -2}, "").probabilities().get("a") > 0.9);
        assertTrue(loaded.predict(new double[] {2, -2}, "").probabilities().get("b") < 0.1);
    }

    /** A rare, noisy label: unbalanced logistic rarely gives it a probability of 0.5. */
    private static LabelledData rareLabel() {
        java.util.Random r = new java.util.Random(11);
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double s = r.nextGaussian();
            double t = r.nextGaussian();
            List<String> ls = new ArrayList<>();
            if (s + r.nextGaussian() > 1.6) {
                ls.add("\"rare\"");
            }
            if (t > 0) {
                ls.add("\"common\"");
            }
            String labels = String.join(",", ls);
            rows.add(new LabelledRow("q" + i, "rare.jsonl", "line " + (i + 1), "o" + (i % 10), new double[] {s, t}, "",
                    "[" + labels + "]"));
        }
        return LabelledData.read(rows.stream(), LabelledData.Options.infer("frames"));
    }

    @Test
    void tunedCutoffsRaiseF1OfARareLabelAndTravelWithTheModel() throws Exception {
        LabelledData data = rareLabel();
        TrainingConfig plain = TrainingConfig.defaults("logistic").withBalance(false);
        TrainedModel untuned = new Trainer(plain).train(data, FEATURES, SOURCE);
        TrainedModel tuned = new Trainer(plain.withCutoffs(DecisionRule.Tuning.PER_LABEL)).train(data, FEATURES, SOURCE);
        double before = untuned.cvMetrics().perLabel().get("rare").get("f1");
        double after = tuned.cvMetrics().perLabel().get("rare").get("f1");
        assertTrue(after > before + 0.05, "rare-label F1 " + before + " -> " + after);
        assertEquals(0.5, untuned.provenance().decisionCutoffs().get("rare"));
        double cut = tuned.provenance().decisionCutoffs().get("rare");
        assertTrue(cut < 0.5, "cut-off " + cut);
        TrainedModel again = new Trainer(plain.withCutoffs(DecisionRule.Tuning.PER_LABEL)).train(rareLabel(), FEATURES,
                SOURCE);
        assertEquals(tuned.provenance().decisionCutoffs(), again.provenance().decisionCutoffs(), "same data, same seed");
        assertEquals(tuned.cvMetrics().values(), again.cvMetrics().values());

        tuned.save(tmp);
        assertTrue(Files.readString(tmp.resolve("provenance.json")).contains("\"decision_cutoffs\""));
        TrainedModel loaded = TrainedModel.load(tmp, "hash-A");
        assertEquals(tuned.provenance().decisionCutoffs(), loaded.provenance().decisionCutoffs());
        List<LabelledRow> fresh = new ArrayList<>(rareLabel().rows().subList(0, 60));
        assertEquals(tuned.predict(fresh), loaded.predict(fresh));
        // a row whose probability of "rare" lies between the cut-off and 0.5 is labelled rare
        Prediction between = fresh.stream().map(r -> loaded.predict(r.features(), ""))
                .filter(p -> p.probabilities().get("rare") >= cut && p.probabilities().get("rare") < 0.5)
                .findFirst().orElseThrow();
        assertTrue(between.labels().contains("rare"), between.toString());
    }

    @Test
    void aLargeTwoClassTrainingSetGetsATunedCutoffThatRaisesMacroF1() {
        // 6,000 rows (above INNER_HOLDOUT_ROWS, so the inner-holdout path runs): a rare, noisy class "pos"
        java.util.Random r = new java.util.Random(5);
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            double s = r.nextGaussian();
            rows.add(new LabelledRow("h" + i, "big.jsonl", "line " + (i + 1), "o" + (i % 20),
                    new double[] {s, r.nextGaussian()}, "", s + r.nextGaussian() > 2.0 ? "pos" : "neg"));
        }
        assertTrue(rows.size() >= TrainingConfig.INNER_HOLDOUT_ROWS);
        LabelledData data = LabelledData.read(rows.stream(), LabelledData.Options.infer("label"));
        TrainingConfig plain = TrainingConfig.defaults("logistic").withBalance(false);
        TrainedModel untuned = new Trainer(plain).train(data, FEATURES, SOURCE);
        TrainedModel tuned = new Trainer(plain.withCutoffs(DecisionRule.Tuning.SHARED)).train(data, FEATURES, SOURCE);
        double cut = tuned.provenance().decisionCutoffs().get("pos");
        assertTrue(cut < 0.5, "cut-off of pos " + cut);
        assertEquals(1 - cut, tuned.provenance().decisionCutoffs().get("neg"), 1e-9);
        double before = untuned.cvMetrics().get("macro_f1");
        double after = tuned.cvMetrics().get("macro_f1");
        assertTrue(after > before + 0.02, "macro-F1 " + before + " -> " + after);
    }

    @Test
    void aLabelMissingFromATrainingFoldDoesNotBreakCrossValidation() {
        List<LabelledRow> rows = new ArrayList<>(Synthetic.multiLabel(60, 6, 2));
        LabelledRow first = rows.get(0);
        rows.set(0, new LabelledRow(first.id(), first.source(), first.record(), first.outlet(), first.features(),
                first.text(), "[\"a\",\"rare\"]"));
        LabelledData data = LabelledData.read(rows.stream(), LabelledData.Options.infer("frames"));
        for (String learner : List.of("logistic", "sgd", "smo", "j48")) {
            CrossValidator.Result r = new CrossValidator(TrainingConfig.defaults(learner).withFolds(3),
                    Synthetic.FEATURES).run(data);
            assertEquals(1.0, r.metrics().perLabel().get("rare").get("support"));
            assertEquals(0.0, r.metrics().perLabel().get("rare").get("f1"), learner);
            int rare = data.scheme().labels().indexOf("rare");
            assertTrue(r.probabilities()[0][rare] < 0.5, learner + " " + r.probabilities()[0][rare]);
        }
    }

    @Test
    void bagOfWordsVocabularyComesFromTheTrainingRowsOnly() {
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean pos = i % 2 == 0;
            String text = (pos ? "harbour ferry ferry " : "orchard apple apple ") + "common words here " + (i < 20 ? "" : "zebra zebra zebra");
            rows.add(new LabelledRow("t" + i, "t.jsonl", "line " + i, "", new double[0], text, pos ? "pos" : "neg"));
        }
        LabelledData all = LabelledData.read(rows.stream(), LabelledData.Options.infer("label"));
        int[] firstHalf = new int[20];
        for (int i = 0; i < 20; i++) {
            firstHalf[i] = i;
        }
        TrainingConfig config = TrainingConfig.defaults("sgd").withText(TextFeatures.defaults());
        Fitting.Fitted f = new Fitting(config, List.of()).fit(all.subset(firstHalf));
        Set<String> vocab = new HashSet<>();
        try {
            weka.core.Instances out = f.vectorizer().getOutputFormat();
            for (int a = 0; a < out.numAttributes(); a++) {
                vocab.add(out.attribute(a).name());
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertTrue(vocab.contains("word:ferry"), vocab.toString());
        assertTrue(vocab.contains("word:harbour ferry"), vocab.toString());
        assertTrue(vocab.stream().noneMatch(w -> w.contains("zebra")), vocab.toString());
        double[][] p = Fitting.probabilities(f, all.scheme(), List.of(), true, all.rows().subList(20, 22));
        assertTrue(p[0][all.scheme().labels().indexOf("pos")] > 0.5);
        assertTrue(p[1][all.scheme().labels().indexOf("neg")] > 0.5);
    }
}
