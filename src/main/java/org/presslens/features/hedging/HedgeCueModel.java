package org.presslens.features.hedging;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;

/**
 * The hedge-cue model: an OpenNLP maxent model (plain data in OpenNLP's binary model format, gzip-compressed; no
 * Java serialization) giving the probability that a hedge candidate hedges, from its {@link HedgeContext}
 * predicates, with its provenance ({@code provenance.json}: training data and its SHA-256, split, trainer
 * options, cut-off, figures, the rebuild command, and the model file's SHA-256, checked on loading). The built-in
 * model is {@value #RESOURCE}. Immutable; {@link #score} is thread-safe.
 */
public final class HedgeCueModel {
    /** Resource folder of the built-in model. */
    public static final String RESOURCE = "features/hedging";
    /** File name of the model in its folder. */
    public static final String MODEL_FILE = "hedge-cues.bin.gz";
    /** File name of the provenance in its folder. */
    public static final String PROVENANCE_FILE = "provenance.json";
    static final String HEDGE = "hedge";
    static final String OTHER = "other";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final MaxentModel model;
    private final int hedge;
    private final double cutoff;
    private final String sha256;
    private final JsonNode provenance;

    private HedgeCueModel(MaxentModel model, double cutoff, String sha256, JsonNode provenance) {
        this.model = model;
        this.hedge = model.getIndex(HEDGE);
        if (hedge < 0 || model.getNumOutcomes() != 2) {
            throw new ConfigException("hedge-cue model: expected the outcomes 'hedge' and 'other'");
        }
        this.cutoff = cutoff;
        this.sha256 = sha256;
        this.provenance = provenance;
    }

    /** The model shipped in the jar. */
    public static HedgeCueModel builtIn() {
        return read(resource(MODEL_FILE), resource(PROVENANCE_FILE), "built-in " + RESOURCE);
    }

    private static byte[] resource(String file) {
        String path = RESOURCE + "/" + file;
        try (InputStream in = HedgeCueModel.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    /**
     * Reads a model and its provenance. Refused, naming {@code source}, when the model file's SHA-256 is not the
     * one the provenance records, when it was built for another {@link HedgeContext#VERSION}, or when it does not
     * parse.
     */
    public static HedgeCueModel read(byte[] modelBytes, byte[] provenanceJson, String source) {
        JsonNode prov;
        try {
            prov = JSON.readTree(provenanceJson);
        } catch (IOException e) {
            throw new ConfigException(source + "/" + PROVENANCE_FILE + ": not valid JSON: " + e.getMessage(), e);
        }
        String sha = Settings.sha256(modelBytes);
        String expected = prov.path("model_sha256").asText("");
        if (!sha.equals(expected)) {
            throw new ConfigException(source + "/" + MODEL_FILE + ": SHA-256 " + sha + " is not the "
                    + (expected.isEmpty() ? "(missing) " : expected + " ") + "recorded in " + PROVENANCE_FILE);
        }
        String version = prov.path("context_version").asText("");
        if (!version.equals(HedgeContext.VERSION)) {
            throw new ConfigException(source + ": built for hedge-context predicates version '" + version
                    + "', this presslens computes version '" + HedgeContext.VERSION + "' (retrain the model)");
        }
        JsonNode c = prov.path("cutoff");
        if (!c.isNumber() || c.asDouble() < 0 || c.asDouble() > 1) {
            throw new ConfigException(source + "/" + PROVENANCE_FILE + ": 'cutoff' must be a number in [0, 1]");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(modelBytes))) {
            AbstractModel m = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
            return new HedgeCueModel(m, c.asDouble(), sha, prov);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(source + "/" + MODEL_FILE + ": not a hedge-cue model: " + e.getMessage(), e);
        }
    }

    /** A freshly trained model; {@code provenance} gets the model's SHA-256 and the context version. */
    static HedgeCueModel of(AbstractModel model, double cutoff, ObjectNode provenance) {
        byte[] bytes = bytes(model);
        String sha = Settings.sha256(bytes);
        provenance.put("context_version", HedgeContext.VERSION);
        provenance.put("cutoff", cutoff);
        provenance.put("model_file", MODEL_FILE);
        provenance.put("model_sha256", sha);
        return new HedgeCueModel(model, cutoff, sha, provenance);
    }

    private static byte[] bytes(MaxentModel model) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(buf))) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /** Writes {@value #MODEL_FILE} and {@value #PROVENANCE_FILE} into {@code dir} (created if needed). */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(MODEL_FILE), bytes(model));
        Files.write(dir.resolve(PROVENANCE_FILE), (JSON.writeValueAsString(provenance) + "\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Probability that the candidate with these context predicates hedges. */
    public double score(String[] context) {
        return model.eval(context)[hedge];
    }

    /** The cut-off tuned when the model was trained: a candidate counts from this score. */
    public double cutoff() {
        return cutoff;
    }

    /** SHA-256 of the model file (part of the feature-set hash). */
    public String sha256() {
        return sha256;
    }

    /** The provenance record. */
    public JsonNode provenance() {
        return provenance.deepCopy();
    }
}
