package org.presslens.features.hedging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import org.presslens.core.Settings;
import org.presslens.features.MaxentModelFile;

/**
 * The hedge-cue model: an OpenNLP maxent model (stored as a {@link MaxentModelFile}) giving the probability that a
 * hedge candidate hedges, from its {@link HedgeContext} predicates, with its provenance ({@code provenance.json}:
 * training data and its SHA-256, split, trainer options, cut-off, figures, the rebuild command, and the model file's
 * SHA-256, checked on loading). The built-in model is {@value #RESOURCE}. Immutable; {@link #score} is thread-safe.
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
    private static final MaxentModelFile FILE = new MaxentModelFile(RESOURCE, MODEL_FILE, PROVENANCE_FILE,
            "hedge-cue model", "hedge-context", HedgeContext.VERSION);

    private final MaxentModel model;
    private final int hedge;
    private final double cutoff;
    private final String sha256;
    private final JsonNode provenance;

    private HedgeCueModel(MaxentModel model, double cutoff, String sha256, JsonNode provenance) {
        this.model = model;
        this.hedge = FILE.outcome(model, HEDGE);
        this.cutoff = cutoff;
        this.sha256 = sha256;
        this.provenance = provenance;
    }

    /** The model shipped in the jar. */
    public static HedgeCueModel builtIn() {
        return read(FILE.resource(MODEL_FILE), FILE.resource(PROVENANCE_FILE), "built-in " + RESOURCE);
    }

    /**
     * Reads a model and its provenance. Refused, naming {@code source}, when the model file's SHA-256 is not the
     * one the provenance records, when it was built for another {@link HedgeContext#VERSION}, or when it does not
     * parse.
     */
    public static HedgeCueModel read(byte[] modelBytes, byte[] provenanceJson, String source) {
        JsonNode prov = FILE.parseProvenance(provenanceJson, source);
        String sha = FILE.check(modelBytes, prov, source);
        double cutoff = FILE.cutoff(prov, "cutoff", source);
        return FILE.decode(modelBytes, source, m -> new HedgeCueModel(m, cutoff, sha, prov));
    }

    /** A freshly trained model; {@code provenance} gets the model's SHA-256 and the context version. */
    static HedgeCueModel of(AbstractModel model, double cutoff, ObjectNode provenance) {
        String sha = Settings.sha256(MaxentModelFile.encode(model));
        provenance.put("context_version", HedgeContext.VERSION);
        provenance.put("cutoff", cutoff);
        provenance.put("model_file", MODEL_FILE);
        provenance.put("model_sha256", sha);
        return new HedgeCueModel(model, cutoff, sha, provenance);
    }

    /** Writes {@value #MODEL_FILE} and {@value #PROVENANCE_FILE} into {@code dir} (created if needed). */
    public void write(Path dir) throws IOException {
        FILE.write(dir, model, provenance);
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
