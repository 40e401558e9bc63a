package org.presslens.classify;

/**
 * A learner: one of the names of {@link ClassifierFactory#NAMES}, or a Weka class with options
 * ({@code "weka.classifiers.trees.J48 -C 0.1"}).
 *
 * @param name     a presslens name, or {@code "weka"} for a Weka specification
 * @param wekaSpec the Weka class name and options when {@code name} is {@code "weka"}; for {@code liblinear},
 *                 optionally its cost as {@code "-C <cost>"}; else empty
 */
public record ClassifierSpec(String name, String wekaSpec) {
    public ClassifierSpec {
        name = name == null ? "" : name;
        wekaSpec = wekaSpec == null ? "" : wekaSpec.strip();
    }

    public static ClassifierSpec named(String name) {
        return new ClassifierSpec(name, "");
    }

    public static ClassifierSpec weka(String spec) {
        return new ClassifierSpec("weka", spec);
    }

    @Override
    public String toString() {
        return "weka".equals(name) ? wekaSpec : wekaSpec.isEmpty() ? name : name + " " + wekaSpec;
    }
}
