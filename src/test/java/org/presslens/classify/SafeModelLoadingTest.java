package org.presslens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.presslens.testing.ModelFolders.editProvenance;
import static org.presslens.testing.ModelFolders.plant;
import static org.presslens.testing.ModelFolders.serialize;
import static org.presslens.testing.ModelFolders.sha256;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.classify.urlhandlers.presslenstest.Handler;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.rules.DecisionTable;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * A model folder is untrusted input: crafted model files are refused before they are deserialized (classes,
 * limits, SHA-256, file names), with one-line messages; every learner presslens offers still saves and loads.
 */
class SafeModelLoadingTest {
    private static final FeatureSet FEATURES = new FeatureSet(Synthetic.FEATURES, "hash-A");
    private static final DataSource SOURCE =
            new DataSource(List.of("synthetic.jsonl"), "0123", "label", "outlet", "presslens train --data x --out m");
    private static final String PROTOCOLS = "java.protocol.handler.pkgs";

    @TempDir
    Path tmp;

    /** A test-only class whose deserialization would be seen: a classifier that sets a flag in readObject. */
    static final class Tripwire extends AbstractClassifier {
        private static final long serialVersionUID = 1L;
        static volatile boolean read;

        @Override
        public void buildClassifier(Instances data) {
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            read = true;
            in.defaultReadObject();
        }
    }

    @BeforeAll
    static void testProtocol() {
        // lets a deserialized URL of protocol presslenstest find the counting handler, as http finds the JDK's
        System.setProperty(PROTOCOLS, "org.presslens.classify.urlhandlers");
    }

    @AfterAll
    static void clearTestProtocol() {
        System.clearProperty(PROTOCOLS);
    }

    /** A small saved model (J48 on two numeric features). */
    private Path model(String name) throws IOException {
        LabelledData data = LabelledData.read(Synthetic.singleLabel(60, 6, 1).stream(),
                LabelledData.Options.infer("label"));
        Path dir = tmp.resolve(name);
        new Trainer(TrainingConfig.defaults("j48").withFolds(0)).train(data, FEATURES, SOURCE).save(dir);
        return dir;
    }

    private static String refusal(Path dir) {
        return assertThrows(ConfigException.class, () -> TrainedModel.load(dir)).getMessage();
    }

    private static Object plainRead(byte[] b) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        }
    }

    private static void setField(Object o, Class<?> c, String field, Object value) throws Exception {
        var f = c.getDeclaredField(field);
        f.setAccessible(true);
        f.set(o, value);
    }

    @Test
    void aUrlKeyedMapIsRefusedBeforeTheUrlIsBuiltOrItsHostLookedUp() throws Exception {
        URL url = new URL("presslenstest://presslens-test.invalid/");
        Map<Object, Object> urldns = new HashMap<>();
        urldns.put(url, "x");
        // the same gadget inside a real Weka classifier: DecisionTable's table, keyed by the URL
        DecisionTable table = new DecisionTable();
        Hashtable<Object, Object> entries = new Hashtable<>();
        entries.put(url, new double[] {1});
        setField(table, DecisionTable.class, "m_entries", entries);
        Map<Object, String> expected = Map.of(urldns, "refused: holds a java.util.HashMap, not a Weka classifier",
                table, "refused: class java.net.URL is not allowed in a model file");
        for (Map.Entry<Object, String> c : expected.entrySet()) {
            byte[] gadget = serialize(c.getKey());
            Handler.LOOKUPS.set(0);
            plainRead(gadget);
            assertTrue(Handler.LOOKUPS.get() > 0, "the fixture is a working URLDNS gadget for a plain reader");

            Handler.LOOKUPS.set(0);
            Path dir = model("urldns-" + c.getKey().getClass().getSimpleName());
            plant(dir, "model.bin", gadget);
            assertEquals(dir.resolve("model.bin") + ": " + c.getValue(), refusal(dir));
            assertEquals(0, Handler.LOOKUPS.get(), "the URL's host was never looked up");
        }
    }

    @Test
    void aClassOutsideTheAllowListIsNeverDeserialized() throws Exception {
        FilteredClassifier wrapper = new FilteredClassifier();
        wrapper.setClassifier(new Tripwire());
        byte[] b = serialize(wrapper);
        Tripwire.read = false;
        plainRead(b);
        assertTrue(Tripwire.read, "the fixture runs its readObject under a plain reader");

        Tripwire.read = false;
        Path dir = model("tripwire");
        plant(dir, "model.bin", b);
        assertEquals(dir.resolve("model.bin") + ": refused: class " + Tripwire.class.getName()
                + " is not allowed in a model file", refusal(dir));
        assertFalse(Tripwire.read);

        // with the SHA-256 left as trained, the file is refused before anything is read from it
        Path other = model("tripwire-unhashed");
        String trained = sha256(other, "model.bin");
        Files.write(other.resolve("model.bin"), b);
        assertEquals(other.resolve("model.bin") + ": refused: its SHA-256 is " + Settings.sha256(b)
                + " but provenance.json records " + trained + ": it is not the file this model was trained with",
                refusal(other));
        assertFalse(Tripwire.read);
    }

    /** The "SerialDOS" shape: {@code depth} levels of two collections each holding both of the next level. */
    private static <C> C nest(C root, int depth, java.util.function.Supplier<C> make,
                              java.util.function.BiConsumer<C, Object> add) {
        C s1 = root;
        C s2 = make.get();
        for (int i = 0; i < depth; i++) {
            C t1 = make.get();
            C t2 = make.get();
            add.accept(t1, "foo");
            add.accept(s1, t1);
            add.accept(s1, t2);
            add.accept(s2, t1);
            add.accept(s2, t2);
            s1 = t1;
            s2 = t2;
        }
        return root;
    }

    @Test
    void nestedSetsAndMapsAreRefusedWithoutHashingThem() throws Exception {
        // hashing either nest takes about 2^36 steps: hours under a plain reader (a 26-deep nest of maps took 9 s)
        byte[] sets = serialize(nest(new HashSet<Object>(), 36, HashSet::new, Set::add));
        assertTrue(sets.length < 2_100, sets.length + " bytes");
        Path dir = model("nested-sets");
        plant(dir, "model.bin", sets);
        String setsRefused = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> refusal(dir), "hang guard");
        assertEquals(dir.resolve("model.bin") + ": refused: class java.util.HashSet is not allowed in a model file",
                setsRefused);

        // HashMap is allowed (Weka needs it): the same nest of maps, keying the table of a real classifier
        Map<Object, Object> root = new HashMap<>();
        Hashtable<Object, Object> entries = new Hashtable<>();
        entries.put(root, new double[] {1});
        nest(root, 36, HashMap::new, (m, k) -> m.put(k, 1));
        DecisionTable table = new DecisionTable();
        setField(table, DecisionTable.class, "m_entries", entries);
        byte[] maps = serialize(table);
        Path mapsDir = model("nested-maps");
        plant(mapsDir, "model.bin", maps);
        String mapsRefused = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> refusal(mapsDir), "hang guard");
        assertTrue(mapsRefused.startsWith(mapsDir.resolve("model.bin")
                + ": refused: collections shared inside one another: one holds "), mapsRefused);
    }

    /** An SGD classifier whose weights are one distinctive double, serialized with their length set to {@code n}. */
    private static byte[] sgdClaimingWeights(int n) throws Exception {
        weka.classifiers.functions.SGD sgd = new weka.classifiers.functions.SGD();
        double marker = 12345.678;
        setField(sgd, weka.classifiers.functions.SGD.class, "m_weights", new double[] {marker});
        byte[] b = serialize(sgd);
        byte[] bits = java.nio.ByteBuffer.allocate(8).putDouble(marker).array();
        int at = -1;
        for (int i = 4; i + 8 <= b.length && at < 0; i++) {
            if (Arrays.equals(b, i, i + 8, bits, 0, 8)) {
                at = i - 4;
            }
        }
        assertEquals(1, java.nio.ByteBuffer.wrap(b, at, 4).getInt(), "the array's length precedes its element");
        java.nio.ByteBuffer.wrap(b, at, 4).putInt(n);
        return b;
    }

    @Test
    void arraysLongerThanTheFileCanHoldAreRefusedBeforeTheyAreAllocated() throws Exception {
        Path dir = model("arrays");
        String file = dir.resolve("model.bin").toString();
        // 27 bytes claiming a long[] of 2^31 - 1 elements (16 GiB): not a classifier, refused at its first class
        byte[] bare = serialize(new long[0]);
        assertEquals(27, bare.length);
        java.nio.ByteBuffer.wrap(bare, 23, 4).putInt(Integer.MAX_VALUE);
        plant(dir, "model.bin", bare);
        assertEquals(file + ": refused: holds a [J, not a Weka classifier", refusal(dir));
        // the same claim inside a real classifier: SGD's weights
        byte[] huge = sgdClaimingWeights(Integer.MAX_VALUE);
        plant(dir, "model.bin", huge);
        assertEquals(file + ": refused: an array of 2147483647 elements (at most 16777216)", refusal(dir));
        // within the per-array limit, but far more elements than the file's bytes can hold
        byte[] big = sgdClaimingWeights(1_000_000);
        plant(dir, "model.bin", big);
        String refused = refusal(dir);
        assertTrue(refused.matches(java.util.regex.Pattern.quote(file)
                + ": refused: arrays of 10\\d{5} elements in all, more than a file of this size can hold \\(at most "
                + (4L * big.length + 65_536) + "\\)"), refused);
    }

    @Test
    void truncatedCorruptAndWrongClassFilesAreNamedWithTheReason() throws Exception {
        Path dir = model("damaged");
        byte[] full = Files.readAllBytes(dir.resolve("model.bin"));
        String file = dir.resolve("model.bin").toString();
        plant(dir, "model.bin", Arrays.copyOf(full, full.length / 2));
        assertEquals(file + ": truncated: the file ends before the serialized object does", refusal(dir));
        plant(dir, "model.bin", new byte[0]);
        assertEquals(file + ": truncated: the file ends before the serialized object does", refusal(dir));
        plant(dir, "model.bin", "not a model".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(file + ": corrupt: invalid stream header: 6E6F7420", refusal(dir));
        plant(dir, "model.bin", serialize(new StringToWordVector()));
        assertEquals(file + ": refused: holds a weka.filters.unsupervised.attribute.StringToWordVector, not a Weka "
                + "classifier", refusal(dir));
        plant(dir, "model.bin", serialize(new TreeSet<>(List.of("a"))));
        assertEquals(file + ": refused: class java.util.TreeSet is not allowed in a model file", refusal(dir));
    }

    @Test
    void aChangedOrUnrecordedHashIsRefusedNamingBothHashes() throws Exception {
        Path dir = model("tampered");
        String trained = sha256(dir, "model.bin");
        byte[] b = Files.readAllBytes(dir.resolve("model.bin"));
        b[b.length - 20] ^= 1;
        Files.write(dir.resolve("model.bin"), b);
        assertEquals(dir.resolve("model.bin") + ": refused: its SHA-256 is " + Settings.sha256(b)
                + " but provenance.json records " + trained + ": it is not the file this model was trained with",
                refusal(dir));

        Path old = model("unrecorded");
        editProvenance(old, p -> p.remove("model_file_sha256"));
        assertEquals(old.resolve("model.bin") + ": refused: provenance.json records no SHA-256 for it "
                + "(model_file_sha256; the file's is " + sha256(old, "model.bin")
                + "); retrain the model so that it records one", refusal(old));
    }

    @Test
    void modelFilesMustBePlainFilesInsideTheModelFolder() throws Exception {
        Path dir = model("names");
        Path outside = tmp.resolve("outside.bin");
        Files.copy(dir.resolve("model.bin"), outside);
        for (String name : List.of("../outside.bin", outside.toString(), "sub/model.bin", "..", ".model.bin", "")) {
            editProvenance(dir, p -> p.withObjectProperty("model_files").put("model", name));
            assertEquals(dir + ": model file '" + name + "' named in provenance.json is not a plain file name "
                    + "inside the model folder", refusal(dir));
        }
        editProvenance(dir, p -> p.withObjectProperty("model_files").put("model", "model.bin"));
        Files.delete(dir.resolve("model.bin"));
        Files.createSymbolicLink(dir.resolve("model.bin"), outside);
        assertEquals(dir.resolve("model.bin") + ": refused: a link leading out of the model folder (to "
                + outside.toRealPath() + ")", refusal(dir));
        // a link to another file of the folder is a file of the folder
        Files.delete(dir.resolve("model.bin"));
        Files.copy(outside, dir.resolve("real.bin"));
        Files.createSymbolicLink(dir.resolve("model.bin"), Path.of("real.bin"));
        TrainedModel.load(dir);
        Files.delete(dir.resolve("model.bin"));
        assertEquals(dir.resolve("model.bin") + ": missing from the model folder", refusal(dir));
    }

    /** Rows whose label follows both a numeric feature and words of the text. */
    private static List<LabelledRow> textRows(int n, long seed, boolean multi) {
        java.util.Random r = new java.util.Random(seed);
        List<LabelledRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean a = r.nextBoolean();
            boolean b = r.nextBoolean();
            String text = (a ? "harbour ferry " : "orchard apple ") + (b ? "storm rain " : "sun heat ") + "said today";
            String label = multi ? "[" + String.join(",", Stream.of(a ? "\"a\"" : "", b ? "\"b\"" : "")
                    .filter(s -> !s.isEmpty()).toList()) + "]" : a ? "pos" : "neg";
            rows.add(new LabelledRow("t" + i, "t.jsonl", "line " + (i + 1), "o" + (i % 6),
                    new double[] {Math.abs((a ? 2 : 0) + r.nextGaussian()), Math.abs(r.nextGaussian())}, text, label));
        }
        return rows;
    }

    /** The {@code .bin} files (serialized objects) and the training hashes of a folder, by name. */
    private static List<String> serializedFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".bin") || f.equals(ContentHashes.FILE)).sorted().toList();
        }
    }

    @Test
    void everyLearnerSavesAndLoadsWithTheSameProbabilities() throws Exception {
        List<TrainingConfig> configs = new ArrayList<>();
        for (String learner : ClassifierFactory.NAMES) {
            configs.add(TrainingConfig.defaults(learner).withFolds(0));
            configs.add(TrainingConfig.defaults(learner).withFolds(0).withText(TextFeatures.defaults()));
        }
        configs.add(new TrainingConfig(ClassifierSpec.weka("weka.classifiers.bayes.NaiveBayes"), TextFeatures.none(),
                true, 0, 1, true));
        configs.add(new TrainingConfig(ClassifierSpec.weka("weka.classifiers.meta.Bagging -I 5"),
                new TextFeatures(true, 1, 1, 100, 5), false, 0, 1, true));
        int i = 0;
        for (TrainingConfig config : configs) {
            for (boolean multi : List.of(false, true)) {
                LabelledData data = LabelledData.read(textRows(80, 3, multi).stream(),
                        LabelledData.Options.infer(multi ? "frames" : "label"));
                TrainedModel m = new Trainer(config).train(data, FEATURES, SOURCE);
                Path dir = tmp.resolve("learner-" + i++);
                Provenance written = m.save(dir);
                List<String> serialized = serializedFiles(dir);
                assertEquals(serialized, List.copyOf(written.modelFileSha256().keySet()),
                        config.classifier().toString());
                for (String f : serialized) {
                    assertEquals(sha256(dir, f), written.modelFileSha256().get(f), f);
                }
                TrainedModel loaded = TrainedModel.load(dir, "hash-A");
                assertEquals(written, loaded.provenance());
                List<LabelledRow> fresh = textRows(20, 9, multi);
                assertEquals(m.predict(fresh), loaded.predict(fresh), config.classifier() + (multi ? " multi" : ""));
            }
        }
    }

    @Test
    void aWekaLearnerThatWouldBeRefusedIsNotSaved() {
        LabelledData data = LabelledData.read(Synthetic.singleLabel(60, 6, 1).stream(),
                LabelledData.Options.infer("label"));
        // InputMappedClassifier can load another model from a path when it predicts: refused in a model file
        TrainingConfig config = new TrainingConfig(ClassifierSpec.weka("weka.classifiers.misc.InputMappedClassifier"),
                TextFeatures.none(), false, 0, 1, true);
        TrainedModel m = new Trainer(config).train(data, FEATURES, SOURCE);
        Path dir = tmp.resolve("refused");
        ConfigException e = assertThrows(ConfigException.class, () -> m.save(dir));
        assertEquals(dir.resolve("model.bin") + ": refused: class weka.classifiers.misc.InputMappedClassifier is not "
                + "allowed in a model file; the model was not saved, as presslens would refuse to load it",
                e.getMessage());
        assertFalse(Files.exists(dir));
    }

    @Test
    void theShippedModelsRecordEveryFileHashAndATamperedCopyIsRefused() throws Exception {
        for (String name : List.of("reliability", "framing")) {
            Path dir = Path.of("src/main/resources/models", name);
            TrainedModel m = TrainedModel.load(dir);
            assertEquals(serializedFiles(dir), List.copyOf(m.provenance().modelFileSha256().keySet()), name);
        }
        Path copy = Files.createDirectories(tmp.resolve("framing"));
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/models/framing"))) {
            for (Path f : s.toList()) {
                Files.copy(f, copy.resolve(f.getFileName().toString()));
            }
        }
        String shipped = sha256(copy, "vectorizer.bin");
        byte[] b = Files.readAllBytes(copy.resolve("vectorizer.bin"));
        b[b.length / 2] ^= 1;
        Files.write(copy.resolve("vectorizer.bin"), b);
        assertEquals(copy.resolve("vectorizer.bin") + ": refused: its SHA-256 is " + Settings.sha256(b)
                + " but provenance.json records " + shipped + ": it is not the file this model was trained with",
                refusal(copy));
    }

    @Test
    void theAllowListNamesJdkClassesExactly() {
        for (String ok : List.of("java.util.HashMap", "[J", "[[D", "[Ljava.lang.Object;", "[Ljava.util.Map$Entry;",
                "weka.classifiers.functions.SGD", "[Lweka.classifiers.Classifier;",
                WordNGramTokenizer.class.getName(), "weka.classifiers.functions.LibLINEAR",
                "de.bwaldvogel.liblinear.Model", "de.bwaldvogel.liblinear.SolverType")) {
            assertEquals(null, SafeModelInput.refusal(ok), ok);
        }
        for (String no : List.of("java.net.URL", "java.util.HashSet", "java.util.PriorityQueue", "java.lang.Object",
                "java.util.Map$Entry", "[Ljava.net.URL;", "java.lang.reflect.Proxy", "weka.core.SerializedObject",
                "weka.classifiers.misc.SerializedClassifier", "weka.core.converters.ArffLoader",
                "weka.gui.beans.Loader",
                "weka.experiment.PropertyNode", "de.bwaldvogel.liblinear.Problem", "de.bwaldvogel.liblinear.Parameter",
                "de.bwaldvogel.liblinear.Feature", "[Lde.bwaldvogel.liblinear.FeatureNode;", "org.presslens.classify.TrainedModel", "[Q")) {
            assertEquals("class " + no + " is not allowed in a model file", SafeModelInput.refusal(no), no);
        }
    }
}
