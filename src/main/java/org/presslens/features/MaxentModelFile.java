package org.presslens.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import org.presslens.lexicon.Lexicon;

/**
 * The stored form of a learned two-outcome cue model ({@code CueModel}, {@code HedgeCueModel}): an OpenNLP maxent
 * model in OpenNLP's binary format, gzip-compressed (no Java serialization), beside a provenance JSON that records
 * the model file's SHA-256 ({@code model_sha256}) and the context-predicate version it was trained for
 * ({@code context_version}), both checked on reading. Also fits such a model the one way both trainers do and
 * records the lexicons it was trained with. One instance names one model's files and its wording in messages;
 * immutable and thread-safe.
 */
public final class MaxentModelFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String resource;
    private final String modelFile;
    private final String provenanceFile;
    private final String kind;
    private final String predicates;
    private final String version;

    /**
     * @param resource       resource folder of the built-in model
     * @param modelFile      file name of the model in its folder
     * @param provenanceFile file name of the provenance in its folder
     * @param kind           what the model is called in messages ("cue model")
     * @param predicates     what its context predicates are called in messages ("cue-context")
     * @param version        the context-predicate version this presslens computes
     */
    public MaxentModelFile(String resource, String modelFile, String provenanceFile, String kind, String predicates,
                           String version) {
        this.resource = resource;
        this.modelFile = modelFile;
        this.provenanceFile = provenanceFile;
        this.kind = kind;
        this.predicates = predicates;
        this.version = version;
    }

    /** The bytes of {@code file} in the resource folder. */
    public byte[] resource(String file) {
        String path = resource + "/" + file;
        try (InputStream in = MaxentModelFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    /** The provenance JSON parsed; refused, naming {@code source}, when it does not parse. */
    public JsonNode parseProvenance(byte[] provenanceJson, String source) {
        try {
            return JSON.readTree(provenanceJson);
        } catch (IOException e) {
            throw new ConfigException(source + "/" + provenanceFile + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The SHA-256 of {@code modelBytes}; refused, naming {@code source}, when it is not the one {@code provenance}
     * records or when the provenance records another context version.
     */
    public String check(byte[] modelBytes, JsonNode provenance, String source) {
        String sha = Settings.sha256(modelBytes);
        String expected = provenance.path("model_sha256").asText("");
        if (!sha.equals(expected)) {
            throw new ConfigException(source + "/" + modelFile + ": SHA-256 " + sha + " is not the "
                    + (expected.isEmpty() ? "(missing) " : expected + " ") + "recorded in " + provenanceFile);
        }
        String found = provenance.path("context_version").asText("");
        if (!found.equals(version)) {
            throw new ConfigException(source + ": built for " + predicates + " predicates version '" + found
                    + "', this presslens computes version '" + version + "' (retrain the model)");
        }
        return sha;
    }

    /** The number {@code field} of {@code provenance}; refused, naming {@code source}, unless it is in [0, 1]. */
    public double cutoff(JsonNode provenance, String field, String source) {
        JsonNode c = provenance.path(field);
        if (!c.isNumber() || c.asDouble() < 0 || c.asDouble() > 1) {
            throw new ConfigException(source + "/" + provenanceFile + ": '" + field + "' must be a number in [0, 1]");
        }
        return c.asDouble();
    }

    /**
     * {@code make} applied to the model in {@code modelBytes}; refused, naming {@code source}, when the bytes do not
     * parse or {@code make} fails.
     */
    public <T> T decode(byte[] modelBytes, String source, Function<AbstractModel, T> make) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(modelBytes))) {
            return make.apply(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(source + "/" + modelFile + ": not a " + kind + ": " + e.getMessage(), e);
        }
    }

    /** The index of outcome {@code positive}; refused unless the outcomes are {@code positive} and one other. */
    public int outcome(MaxentModel model, String positive) {
        int i = model.getIndex(positive);
        if (i < 0 || model.getNumOutcomes() != 2) {
            throw new ConfigException(kind + ": expected the outcomes '" + positive + "' and 'other'");
        }
        return i;
    }

    /** The model file's bytes. */
    public static byte[] encode(MaxentModel model) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(buf))) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /** The provenance file's bytes: indented JSON and a final newline. */
    public static byte[] json(JsonNode provenance) throws IOException {
        return (JSON.writeValueAsString(provenance) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the model and provenance files into {@code dir} (created if needed). */
    public void write(Path dir, MaxentModel model, JsonNode provenance) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(modelFile), encode(model));
        Files.write(dir.resolve(provenanceFile), json(provenance));
    }

    /**
     * Fits an L2-regularised maxent model (L-BFGS, no L1 cost, one thread: the same events and options give the same
     * model), dropping predicates seen fewer than {@code minCount} times.
     */
    public static AbstractModel fit(List<Event> events, double l2, int iterations, int minCount) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, minCount);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(QNTrainer.L2COST_PARAM, l2);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        try {
            return (AbstractModel) TrainerFactory.getEventTrainer(p, null).train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records each lexicon's version and SHA-256 under {@code lexicons} in {@code provenance}. */
    public static void recordLexicons(ObjectNode provenance, Collection<Lexicon> lexicons) {
        ObjectNode lex = provenance.putObject("lexicons");
        for (Lexicon l : lexicons) {
            ObjectNode o = lex.putObject(l.name());
            o.put("version", l.version());
            o.put("sha256", l.sha256());
        }
    }
}
