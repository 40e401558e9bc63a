package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presslens.core.ConfigException;
import weka.classifiers.Classifier;
import weka.classifiers.functions.SMO;
import weka.classifiers.trees.J48;

class ClassifierFactoryTest {

    private static LabelledData texts() {
        Random r = new Random(5);
        String[] a = {"river", "boat", "bridge"};
        String[] b = {"forest", "tree", "trail"};
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            boolean isA = i % 2 == 0;
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                sb.append(r.nextInt(3) == 0 ? (isA ? a : b)[r.nextInt(3)] : "and the of").append(' ');
            }
            rows.add(new LabelledRow("t" + i, "t.jsonl", "line " + i, "o" + (i % 8), new double[0], sb.toString(),
                    isA ? "water" : "land"));
        }
        return LabelledData.read(rows.stream(), LabelledData.Options.infer("label"));
    }

    @Test
    void everyNamedLearnerTrainsAndSeparatesTheSyntheticClasses() {
        LabelledData numeric = LabelledData.read(Synthetic.singleLabel(200, 10, 4).stream(),
                LabelledData.Options.infer("label"));
        for (String name : ClassifierFactory.NAMES) {
            TrainingConfig c = TrainingConfig.defaults(name);
            CrossValidator.Result r;
            if (name.equals("naive-bayes-multinomial")) { // counts only: text features
                r = new CrossValidator(c.withText(new TextFeatures(true, 1, 1, 1000, 0)), List.of()).run(texts());
            } else {
                r = new CrossValidator(c, Synthetic.FEATURES).run(numeric);
            }
            assertTrue(r.metrics().get("accuracy") > 0.8, name + " accuracy " + r.metrics().get("accuracy"));
        }
    }

    @Test
    void smoIsLinearAndCalibrated() {
        Classifier c = new ClassifierFactory().base(ClassifierSpec.named("smo"), 1, 2);
        SMO smo = (SMO) c;
        assertTrue(smo.getBuildCalibrationModels());
        assertEquals(1.0, ((weka.classifiers.functions.supportVector.PolyKernel) smo.getKernel()).getExponent());
    }

    @Test
    void learnersThatIgnoreWeightsAreBalancedByResampling() {
        ClassifierFactory f = new ClassifierFactory();
        assertTrue(f.balancer(f.base(ClassifierSpec.named("logistic"), 1, 2), 1)
                instanceof weka.filters.supervised.instance.ClassBalancer);
        assertTrue(f.balancer(f.base(ClassifierSpec.named("sgd"), 1, 2), 1)
                instanceof weka.filters.supervised.instance.Resample);
        assertTrue(f.balancer(f.base(ClassifierSpec.named("sgd"), 1, 3), 1) // wrapped in MultiClassClassifier
                instanceof weka.filters.supervised.instance.Resample);
        assertTrue(f.balancer(f.base(ClassifierSpec.named("random-forest"), 1, 2), 1)
                instanceof weka.filters.supervised.instance.ClassBalancer);
    }

    @Test
    void wekaSpecificationIsUsedAsWritten() {
        Classifier c = new ClassifierFactory().base(ClassifierSpec.weka("weka.classifiers.trees.J48 -C 0.1 -M 5"), 1, 2);
        assertEquals(0.1f, ((J48) c).getConfidenceFactor());
        assertEquals(5, ((J48) c).getMinNumObj());
    }

    @Test
    void unknownLearnersAreErrors() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ClassifierFactory().base(ClassifierSpec.named("svm"), 1, 2));
        assertEquals("unknown classifier 'svm' (expected one of [logistic, smo, sgd, liblinear, random-forest, "
                + "naive-bayes-multinomial, j48], or --weka \"CLASS OPTIONS\")", e.getMessage());
        ConfigException w = assertThrows(ConfigException.class,
                () -> new ClassifierFactory().fromWekaSpec("weka.classifiers.Nope -X"));
        assertTrue(w.getMessage().startsWith("--weka \"weka.classifiers.Nope -X\": not a usable Weka classifier: "),
                w.getMessage());
    }
}
