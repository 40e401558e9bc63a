package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidatorThreadsTest {
    private static void sameOnAnyThreads(LabelledData data, TrainingConfig config) {
        CrossValidator.Result one = new CrossValidator(config, Synthetic.FEATURES, 1).run(data);
        CrossValidator.Result three = new CrossValidator(config, Synthetic.FEATURES, 3).run(data);
        assertArrayEquals(one.folds(), three.folds());
        for (int i = 0; i < data.size(); i++) {
            assertArrayEquals(one.probabilities()[i], three.probabilities()[i], 0.0, "row " + i);
        }
        assertEquals(one.metrics().toJson(), three.metrics().toJson());
    }

    @Test
    void foldsFittedInParallelGiveTheSameResult() {
        LabelledData single = LabelledData.read(Synthetic.singleLabel(240, 12, 5).stream(),
                LabelledData.Options.infer("label"));
        sameOnAnyThreads(single, TrainingConfig.defaults("liblinear").withCutoffs(DecisionRule.Tuning.parse("rate")));
        LabelledData multi = LabelledData.read(Synthetic.multiLabel(240, 12, 6).stream(),
                LabelledData.Options.infer("label"));
        sameOnAnyThreads(multi, TrainingConfig.defaults("logistic").withFolds(4));
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new CrossValidator(TrainingConfig.defaults("j48"), List.of("a"), 0));
    }
}
