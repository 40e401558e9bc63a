package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.core.ConfigException;

/**
 * Outlet terms, feature scaling, binding features by name, training hashes and per-outlet evaluation: the parts
 * that make a label transfer to outlets a model never saw, on small synthetic fixtures.
 */
class LabelTransferTest {
    private static final DataSource SOURCE =
            new DataSource(List.of("t.jsonl"), "0123", "label", "outlet", "presslens train --data t.jsonl --out m");

    @TempDir
    Path tmp;

    /**
     * 60 articles of 6 outlets ("Daily Planet", "Gotham Gazette", o2..o5), 10 each. Label pos iff the article
     * says "harbour"; every Daily Planet article ends in its page furniture "toggle caption"; Gotham Gazette
     * articles name "gazette". Common words everywhere.
     */
    private static List<LabelledRow> outletRows() {
        Random r = new Random(5);
        List<String> outlets = List.of("Daily Planet", "Gotham Gazette", "o2", "o3", "o4", "o5");
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String outlet = outlets.get(i % 6);
            boolean pos = r.nextBoolean();
            String text = (pos ? "harbour ferry " : "orchard apple ") + "said the minister today";
            if (outlet.equals("Daily Planet")) {
                text += " toggle caption";
            }
            if (outlet.equals("Gotham Gazette") && i % 4 == 1) {
                text += " gazette";
            }
            rows.add(new LabelledRow("a" + i, "t.jsonl", "line " + (i + 1), outlet,
                    new double[] {pos ? 3 + r.nextDouble() : r.nextDouble(), 10 * r.nextDouble()}, text,
                    pos ? "pos" : "neg"));
        }
        return rows;
    }

    private static TrainingConfig liblinearText(double share) {
        return new TrainingConfig(ClassifierSpec.named("liblinear"),
                new TextFeatures(true, 1, 1, 1000, 0, share), false, 0, 1, true);
    }

    @Test
    void termsConcentratedInOneOutletAndOutletNamesAreRemovedInsideTheTrainingRows() throws Exception {
        LabelledData data = LabelledData.read(outletRows().stream(), LabelledData.Options.infer("label"));
        TrainedModel m = new Trainer(liblinearText(0.5)).train(data, new FeatureSet(Synthetic.FEATURES, "hash-A"),
                SOURCE);
        OutletTerms.Fit fit = m.provenance().outletTerms();
        // toggle, caption: 10 of 10 documents in Daily Planet (1/6 of the rows); gazette: 5 documents, all in Gotham
        // Gazette; harbour, said, minister: spread over all six outlets
        assertEquals(List.of("caption", "gazette", "toggle"), fit.terms());
        assertEquals(3, fit.count());
        OutletTerms.Removed toggle = fit.described().stream().filter(t -> t.term().equals("toggle")).findFirst()
                .orElseThrow();
        assertEquals(new OutletTerms.Removed("toggle", 10, 1.0, "Daily Planet", "concentrated"), toggle);
        assertTrue(m.provenance().informativeFeatures().get("model").stream()
                .noneMatch(f -> fit.terms().contains(f.name().substring(f.name().indexOf(':') + 1))));

        m.save(tmp);
        TrainedModel loaded = TrainedModel.load(tmp, "hash-A");
        assertEquals(fit, loaded.provenance().outletTerms());
        List<LabelledRow> fresh = outletRows().subList(0, 12);
        assertEquals(m.predict(fresh), loaded.predict(fresh));
    }

    @Test
    void anOutletsNameIsRemovedWhenThatOutletUsesItMostButNotWhenOthersDo() {
        // "o2" in 3 documents of o2 and one each of o3, o4, o5: its top outlet is o2 itself with 3/6 = 0.5 of them,
        // 3 times its 1/6 of the rows: its own name (and, at share 0.5, concentrated too). "o4" in 2 documents of
        // o3 and one each of o2, o4, o5: its top outlet is o3, so not o4's own name; 5 documents are not under 5%
        // of 60; its top two outlets hold 3/5, under 3 x 1/3: kept.
        List<LabelledRow> rows = new ArrayList<>(outletRows());
        int[][] add = {{2, 2}, {8, 2}, {14, 2}, {3, 2}, {4, 2}, {5, 2}, {3, 4}, {4, 4}, {5, 4}, {2, 4}, {15, 4}};
        for (int[] x : add) {
            LabelledRow r = rows.get(x[0]);
            rows.set(x[0], new LabelledRow(r.id(), r.source(), r.record(), r.outlet(), r.features(),
                    r.text() + " o" + x[1], r.label()));
        }
        LabelledData data = LabelledData.read(rows.stream(), LabelledData.Options.infer("label"));
        OutletTerms.Fit fit = new Trainer(liblinearText(0.5)).train(data, new FeatureSet(Synthetic.FEATURES, "h"),
                SOURCE).provenance().outletTerms();
        assertEquals(List.of("caption", "gazette", "o2", "toggle"), fit.terms());
        assertFalse(fit.terms().contains("o4"));
        // at share 1.0 (no term is that concentrated) "o2" still goes, as its own outlet's name
        OutletTerms.Fit strict = new Trainer(liblinearText(1.0)).train(data, new FeatureSet(Synthetic.FEATURES, "h"),
                SOURCE).provenance().outletTerms();
        assertEquals(new OutletTerms.Removed("o2", 6, 0.5, "o2", "outlet name"), strict.described().stream()
                .filter(t -> t.term().equals("o2")).findFirst().orElseThrow());
        assertFalse(strict.terms().contains("o4"));
    }

    @Test
    void withTheFilterOffNothingIsRemovedAndAnOrdinaryWordIsNeverConcentrated() {
        LabelledData data = LabelledData.read(outletRows().stream(), LabelledData.Options.infer("label"));
        TrainedModel off = new Trainer(liblinearText(0)).train(data, new FeatureSet(Synthetic.FEATURES, "h"), SOURCE);
        assertNull(off.provenance().outletTerms());
        TrainedModel strict = new Trainer(liblinearText(1.0)).train(data, new FeatureSet(Synthetic.FEATURES, "h"),
                SOURCE);
        // at share 1.0 only terms every one of whose documents lies in one or two outlets go
        assertEquals(List.of("caption", "gazette", "toggle"), strict.provenance().outletTerms().terms());
        assertFalse(strict.provenance().outletTerms().terms().contains("minister"));
    }

    @Test
    void liblinearScalesItsNumericFeaturesOnTheTrainingRowsAndKeepsTheScaling() throws Exception {
        LabelledData data = LabelledData.read(outletRows().stream(), LabelledData.Options.infer("label"));
        TrainedModel m = new Trainer(new TrainingConfig(ClassifierSpec.named("liblinear"), TextFeatures.none(), false,
                0, 1, true)).train(data, new FeatureSet(Synthetic.FEATURES, "hash-A"), SOURCE);
        FeatureScaling s = m.provenance().featureScaling();
        double lo = data.rows().stream().mapToDouble(r -> r.features()[0]).min().orElseThrow();
        double hi = data.rows().stream().mapToDouble(r -> r.features()[0]).max().orElseThrow();
        assertEquals(lo, s.min().get(0));
        assertEquals(hi, s.max().get(0));
        assertArrayEquals(new double[] {0.5, 0}, new FeatureScaling(List.of(1.0, 2.0), List.of(3.0, 2.0))
                .apply(new LabelledRow("r", "", "", "", new double[] {2, 7}, "", null)).features());
        m.save(tmp);
        assertEquals(m.predict(data.rows()), TrainedModel.load(tmp, "hash-A").predict(data.rows()));
        TrainedModel sgd = new Trainer(TrainingConfig.defaults("sgd").withFolds(0)).train(data,
                new FeatureSet(Synthetic.FEATURES, "hash-A"), SOURCE);
        assertNull(sgd.provenance().featureScaling());
    }

    @Test
    void aModelBindsItsFeaturesByNameAndRefusesOnlyWhenItsOwnExtractorsDiffer() throws Exception {
        LabelledData data = LabelledData.read(Synthetic.singleLabel(120, 6, 3).stream(),
                LabelledData.Options.infer("label"));
        FeatureSet trained = new FeatureSet(Synthetic.FEATURES, "set-1", Map.of("demo", "demo-hash-1"));
        TrainedModel m = new Trainer(TrainingConfig.defaults("logistic").withFolds(0)).train(data, trained, SOURCE);
        assertEquals(Map.of("demo", "demo-hash-1"), m.provenance().featureBindings());
        m.save(tmp);

        // another extractor added before, the model's features in another order: same predictions
        FeatureSet wider = new FeatureSet(List.of("dic.extra", "demo.noise", "demo.signal"), "set-2",
                Map.of("dic", "dic-hash", "demo", "demo-hash-1"));
        TrainedModel bound = TrainedModel.load(tmp, wider);
        List<LabelledRow> fresh = Synthetic.singleLabel(30, 3, 8);
        List<LabelledRow> reordered = fresh.stream().map(r -> new LabelledRow(r.id(), r.source(), r.record(),
                r.outlet(), new double[] {42, r.features()[1], r.features()[0]}, r.text(), r.label())).toList();
        assertEquals(m.predict(fresh), bound.predict(reordered));

        FeatureSet changed = new FeatureSet(Synthetic.FEATURES, "set-3", Map.of("demo", "demo-hash-2"));
        TrainedModel.Incompatible e = assertThrows(TrainedModel.Incompatible.class, () -> TrainedModel.load(tmp, changed));
        assertEquals("model " + tmp + " reads the 'demo' features with extractor hash demo-hash-1 but the running "
                + "feature pipeline computes them with extractor hash demo-hash-2; retrain the model with the current "
                + "configuration: presslens train --data t.jsonl --out m", e.getMessage());
        FeatureSet without = new FeatureSet(List.of("dic.extra"), "set-4", Map.of("dic", "dic-hash"));
        assertTrue(assertThrows(TrainedModel.Incompatible.class, () -> TrainedModel.load(tmp, without)).getMessage()
                .contains("reads the 'demo' features with extractor hash demo-hash-1 but the running feature pipeline "
                        + "does not compute them"));
    }

    @Test
    void aModelWithoutBindingsNeedsTheWholeFeatureSetHash() throws Exception {
        LabelledData data = LabelledData.read(Synthetic.singleLabel(120, 6, 3).stream(),
                LabelledData.Options.infer("label"));
        TrainedModel m = new Trainer(TrainingConfig.defaults("logistic").withFolds(0)).train(data,
                new FeatureSet(Synthetic.FEATURES, "set-1"), SOURCE);
        assertNull(m.provenance().featureBindings());
        m.save(tmp);
        assertEquals(m.predict(data.rows()), TrainedModel.load(tmp, new FeatureSet(Synthetic.FEATURES, "set-1",
                Map.of("demo", "x"))).predict(data.rows()));
        ConfigException e = assertThrows(TrainedModel.Incompatible.class, () -> TrainedModel.load(tmp,
                new FeatureSet(Synthetic.FEATURES, "set-2", Map.of("demo", "x"))));
        assertTrue(e.getMessage().contains("was trained with feature-set hash set-1 but the running feature pipeline "
                + "has set-2"), e.getMessage());
    }

    @Test
    void theTrainingArticlesAreKnownByTheirBodyHashes() throws Exception {
        LabelledData data = LabelledData.read(outletRows().stream(), LabelledData.Options.infer("label"));
        TrainedModel m = new Trainer(liblinearText(0)).train(data, new FeatureSet(Synthetic.FEATURES, "hash-A"),
                SOURCE);
        long distinct = data.rows().stream().map(r -> r.text().toLowerCase(java.util.Locale.ROOT)).distinct().count();
        assertEquals(distinct, m.trainingHashCount());
        m.save(tmp);
        assertEquals(8 * distinct, Files.size(tmp.resolve(ContentHashes.FILE)));
        TrainedModel loaded = TrainedModel.load(tmp, "hash-A");
        assertTrue(loaded.trainedOn("Harbour  ferry said the minister today"), "case and spacing do not matter");
        assertFalse(loaded.trainedOn("harbour ferry said the minister yesterday"));

        byte[] b = Files.readAllBytes(tmp.resolve(ContentHashes.FILE));
        b[3] ^= 1;
        Files.write(tmp.resolve(ContentHashes.FILE), b);
        assertTrue(assertThrows(ConfigException.class, () -> TrainedModel.load(tmp, "hash-A")).getMessage()
                .startsWith(tmp.resolve(ContentHashes.FILE) + ": refused: its SHA-256 is "));
        assertThrows(IllegalArgumentException.class, () -> ContentHashes.fromBytes(new byte[12]));
        assertThrows(IllegalArgumentException.class, () -> ContentHashes.fromBytes(new byte[16]));
    }

    @Test
    void byOutletAccuracyMeanProbabilityAndOutletLevelAuc() {
        LabelScheme scheme = new LabelScheme(false, List.of("high", "low"), null);
        List<LabelledRow> rows = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        String[] outlet = {"A", "A", "B", "B", "C", "C", ""};
        String[] label = {"high", "high", "low", "low", "high", "low", "high"};
        double[] pHigh = {0.9, 0.5, 0.4, 0.2, 0.2, 0.6, 0.9};
        double[][] p = new double[outlet.length][];
        for (int i = 0; i < outlet.length; i++) {
            rows.add(new LabelledRow("r" + i, "", "", outlet[i], new double[0], "", label[i]));
            labels.add(List.of(label[i]));
            p[i] = new double[] {pHigh[i], 1 - pHigh[i]};
        }
        DecisionRule[] rules = new DecisionRule[p.length];
        java.util.Arrays.fill(rules, DecisionRule.defaults(scheme));
        OutletEvaluation e = OutletEvaluation.of(LabelledData.of(rows, labels, scheme),
                new PairedBootstrap.Scores(p, rules));
        assertEquals(3, e.outlets().size(), "the row without an outlet is left out");
        OutletEvaluation.Outlet a = e.outlets().get(0);
        assertEquals("A", a.outlet());
        assertEquals(2, a.articles());
        assertEquals("high", a.label());
        assertEquals(1.0, a.accuracy(), 1e-12, "0.5 ties go to the first class, high");
        assertArrayEquals(new double[] {0.7, 0.3}, a.meanProbability(), 1e-12);
        OutletEvaluation.Outlet c = e.outlets().get(2);
        assertEquals("high", c.label(), "a tie between classes goes to the first");
        assertEquals(0.0, c.accuracy(), 1e-12);
        // outlets labelled high: A (0.7), C (0.4); low: B (0.3): both highs rank above B
        assertEquals(1.0, e.auc().get("high"), 1e-12);
        assertEquals(1.0, e.auc().get("low"), 1e-12);
        assertEquals(1.0, e.auc().get("macro"), 1e-12);
    }

    @Test
    void plattScalingMatchesTheSmoothedTargetsOfTwoGroups() {
        // z = 0: 1 of 4 rows positive; z = 1: 3 of 4. Targets 5/6 and 1/6 (4 positives, 4 negatives), so the mean
        // target is 1/3 at z = 0 and 2/3 at z = 1: b = logit(1/3) = -ln 2, a + b = ln 2
        double p1 = Calibration.sigmoid(1);
        double[][] p = {{0.5}, {0.5}, {0.5}, {0.5}, {p1}, {p1}, {p1}, {p1}};
        boolean[][] y = {{true}, {false}, {false}, {false}, {true}, {true}, {true}, {false}};
        Calibration c = Calibration.fit(p, y);
        assertEquals(2 * Math.log(2), c.a().get(0), 1e-9);
        assertEquals(-Math.log(2), c.b().get(0), 1e-9);
        assertEquals(1.0 / 3, c.apply(new double[] {0.5}, true)[0], 1e-9);
        double[] two = new Calibration(List.of(1.0, 2 * Math.log(2)), List.of(0.0, -Math.log(2)))
                .apply(new double[] {1 - p1, p1}, false);
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, two, 1e-9);
        assertEquals(List.of(1.0), Calibration.fit(new double[][] {{0.2}, {0.7}}, new boolean[][] {{true}, {true}})
                .a(), "a label without negatives keeps the identity");
    }

    @Test
    void tunedModelsCarryTheirCalibrationThroughSaveAndLoad() throws Exception {
        LabelledData data = LabelledData.read(outletRows().stream(), LabelledData.Options.infer("label"));
        TrainedModel m = new Trainer(liblinearText(0.5).withCutoffs(DecisionRule.Tuning.RATE).withCalibration(true)).train(data,
                new FeatureSet(Synthetic.FEATURES, "hash-A"), SOURCE);
        assertEquals(2, m.provenance().trainer().calibration().a().size());
        assertEquals("rate", m.provenance().trainer().cutoffTuning());
        m.save(tmp);
        TrainedModel loaded = TrainedModel.load(tmp, "hash-A");
        assertEquals(m.provenance().trainer(), loaded.provenance().trainer());
        assertEquals(m.predict(data.rows()), loaded.predict(data.rows()));
        assertNull(new Trainer(liblinearText(0.5)).train(data, new FeatureSet(Synthetic.FEATURES, "hash-A"), SOURCE)
                .provenance().trainer().calibration(), "no inner split without cut-off tuning: no calibration");
        assertNull(new Trainer(liblinearText(0.5).withCutoffs(DecisionRule.Tuning.RATE)).train(data,
                new FeatureSet(Synthetic.FEATURES, "hash-A"), SOURCE).provenance().trainer().calibration(),
                "calibration is asked for");
    }

    @Test
    void rateTuningKeepsEachLabelsPredictedRateNearItsTrainingRate() {
        LabelScheme scheme = new LabelScheme(true, List.of("common", "rare"), null);
        // common: 6 of 10 rows, every probability high
        double[] common = {0.905, 0.895, 0.885, 0.875, 0.865, 0.855, 0.865, 0.875, 0.885, 0.895};
        List<List<String>> labels = new ArrayList<>();
        double[][] p = new double[10][];
        for (int i = 0; i < 10; i++) {
            labels.add(i < 6 ? List.of("common") : List.of());
            p[i] = new double[] {common[i], 0.1};
        }
        // per-label F1 predicts every row (F1 0.75 from 0.05 to 0.85; ties to 0.5): rate 1.0 against 0.6
        assertEquals(0.5, DecisionRule.tune(scheme, labels, p, DecisionRule.Tuning.PER_LABEL).cutoffs()[0], 1e-12);
        // within 0.10 of 0.6: 0.87 predicts 7 rows (tp 4, F1 8/13), 0.88 predicts 5 (tp 3, F1 6/11): 0.87
        DecisionRule rate = DecisionRule.tune(scheme, labels, p, DecisionRule.Tuning.RATE);
        assertEquals(0.87, rate.cutoffs()[0], 1e-12);
        // rare: in no row; 0.5 already predicts none (rate 0, gap 0): the F1 ties go to the cut-off nearest 0.5
        assertEquals(0.5, rate.cutoffs()[1], 1e-12);
    }

    @Test
    void termScalingDividesEachTermByItsLargestTrainingValue() throws Exception {
        java.util.ArrayList<weka.core.Attribute> attrs = new java.util.ArrayList<>(List.of(
                new weka.core.Attribute("demo.signal"), new weka.core.Attribute("word:a"),
                new weka.core.Attribute("word:b"), new weka.core.Attribute("cls", List.of("x", "y"))));
        weka.core.Instances vec = new weka.core.Instances("v", attrs, 2);
        vec.setClassIndex(3);
        vec.add(new weka.core.SparseInstance(1, new double[] {7, 0.5, 0, 0}));
        vec.add(new weka.core.SparseInstance(1, new double[] {9, 0.25, 2, 1}));
        double[] scale = Fitting.termScale(vec, 1);
        assertArrayEquals(new double[] {0, 0.5, 2, 0}, scale, 1e-12, "numeric features and the class are left out");
        Fitting.scaleTerms(vec.instance(1), scale);
        assertArrayEquals(new double[] {9, 0.5, 1, 1}, vec.instance(1).toDoubleArray(), 1e-12);

        LabelledData data = LabelledData.read(outletRows().stream(), LabelledData.Options.infer("label"));
        TrainingConfig config = liblinearText(0.5);
        config = config.withText(config.text().withTermScaling(true));
        TrainedModel m = new Trainer(config).train(data, new FeatureSet(Synthetic.FEATURES, "hash-A"), SOURCE);
        Provenance written = m.save(tmp);
        assertTrue(Files.isRegularFile(tmp.resolve(TrainedModel.TERM_SCALE)));
        assertTrue(written.modelFileSha256().containsKey(TrainedModel.TERM_SCALE));
        assertEquals(m.predict(data.rows()), TrainedModel.load(tmp, "hash-A").predict(data.rows()));

        // the same folder reused for a model without term scaling or text: the files it no longer has are removed
        new Trainer(TrainingConfig.defaults("logistic").withFolds(0)).train(data,
                new FeatureSet(Synthetic.FEATURES, "hash-A"), SOURCE).save(tmp);
        assertFalse(Files.exists(tmp.resolve(TrainedModel.TERM_SCALE)));
        assertFalse(Files.exists(tmp.resolve(TrainedModel.VECTORIZER)));
        assertTrue(Files.exists(tmp.resolve(ContentHashes.FILE)), "its rows have text: hashes kept");
        TrainedModel.load(tmp, "hash-A");
    }
}
