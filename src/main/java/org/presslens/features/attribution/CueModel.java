package org.presslens.features.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;
import org.presslens.features.MaxentModelFile;

/**
 * The learned attribution-cue detector: an OpenNLP maxent model (stored as a {@link MaxentModelFile}) giving the
 * probability that a token is part of an attribution cue from its {@link CueContext} predicates, with its provenance
 * ({@value #PROVENANCE_FILE}: training data and its SHA-256, split, trainer options, the candidate words, the two
 * cut-offs, figures, the rebuild command, and the model file's SHA-256, checked on loading). Candidates are tokens whose lower-cased word is one of the candidate words (words
 * seen inside gold cues of the training data, plus the cue lexicon's words). A lexicon cue is kept when its first
 * token scores at least {@link #keepCutoff()}; a candidate outside the lexicon becomes a cue from
 * {@link #addCutoff()}. The built-in model is {@value #RESOURCE}. Immutable; {@link #score} is thread-safe.
 */
public final class CueModel {
    /** Resource folder of the built-in model. */
    public static final String RESOURCE = "features/attribution";
    /** File name of the model in its folder. */
    public static final String MODEL_FILE = "cue-model.bin.gz";
    /** File name of the provenance in its folder. */
    public static final String PROVENANCE_FILE = "cue-model.provenance.json";
    static final String CUE = "cue";
    static final String OTHER = "other";
    private static final MaxentModelFile FILE = new MaxentModelFile(RESOURCE, MODEL_FILE, PROVENANCE_FILE, "cue model",
            "cue-context", CueContext.VERSION);

    private final MaxentModel model;
    private final int cue;
    private final Set<String> candidates;
    private final double keepCutoff;
    private final double addCutoff;
    private final String sha256;
    private final ObjectNode provenance;

    private CueModel(MaxentModel model, Set<String> candidates, double keepCutoff, double addCutoff, String sha256,
                     ObjectNode provenance) {
        this.model = model;
        this.cue = FILE.outcome(model, CUE);
        this.candidates = new java.util.HashSet<>(candidates);
        this.keepCutoff = keepCutoff;
        this.addCutoff = addCutoff;
        this.sha256 = sha256;
        this.provenance = provenance;
    }

    /** The model shipped in the jar, read once. */
    public static CueModel builtIn() {
        return BuiltIn.MODEL;
    }

    /** Lazy holder of the built-in model (immutable once read). */
    private static final class BuiltIn {
        static final CueModel MODEL = read(FILE.resource(MODEL_FILE), FILE.resource(PROVENANCE_FILE),
                "built-in " + RESOURCE);
    }

    /** Reads the model in folder {@code dir} ({@value #MODEL_FILE} and {@value #PROVENANCE_FILE}). */
    public static CueModel read(Path dir) throws IOException {
        return read(Files.readAllBytes(dir.resolve(MODEL_FILE)), Files.readAllBytes(dir.resolve(PROVENANCE_FILE)),
                dir.toString());
    }

    /**
     * Reads a model and its provenance. Refused, naming {@code source}, when the model file's SHA-256 is not the one
     * the provenance records, when it was built for another {@link CueContext#VERSION}, when a cut-off is not in
     * [0, 1], or when it does not parse.
     */
    public static CueModel read(byte[] modelBytes, byte[] provenanceJson, String source) {
        JsonNode prov = FILE.parseProvenance(provenanceJson, source);
        if (!(prov instanceof ObjectNode obj)) {
            throw new ConfigException(source + "/" + PROVENANCE_FILE + ": expected a JSON object");
        }
        String sha = FILE.check(modelBytes, prov, source);
        double keep = FILE.cutoff(prov, "keep_cutoff", source);
        double add = FILE.cutoff(prov, "add_cutoff", source);
        Set<String> words = new TreeSet<>();
        prov.path("candidate_words").forEach(n -> words.add(n.asText()));
        if (words.isEmpty()) {
            throw new ConfigException(source + "/" + PROVENANCE_FILE + ": 'candidate_words' is missing or empty");
        }
        return FILE.decode(modelBytes, source, m -> new CueModel(m, words, keep, add,
                Settings.sha256((sha + "\n" + new String(provenanceJson, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)), obj));
    }

    /** A freshly trained model; {@code provenance} gets the words, cut-offs, context version and the model's SHA-256. */
    static CueModel of(AbstractModel model, Collection<String> candidates, double keepCutoff, double addCutoff,
                       ObjectNode provenance) {
        byte[] bytes = MaxentModelFile.encode(model);
        provenance.put("context_version", CueContext.VERSION);
        provenance.put("keep_cutoff", keepCutoff);
        provenance.put("add_cutoff", addCutoff);
        provenance.put("model_file", MODEL_FILE);
        provenance.put("model_sha256", Settings.sha256(bytes));
        ArrayNode words = provenance.putArray("candidate_words");
        new TreeSet<>(candidates).forEach(words::add);
        byte[] prov;
        try {
            prov = MaxentModelFile.json(provenance);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(bytes, prov, "trained");
    }

    /** The same model with other cut-offs (for tuning). */
    CueModel withCutoffs(double keep, double add) {
        return new CueModel(model, candidates, keep, add, sha256, provenance);
    }

    /** Writes {@value #MODEL_FILE} and {@value #PROVENANCE_FILE} into {@code dir} (created if needed). */
    public void write(Path dir) throws IOException {
        FILE.write(dir, model, provenance);
    }

    /**
     * True for the lexicon categories whose matches the model may drop (verb and statement entries, which also occur
     * as nouns and adjectives: "continued bilateral cooperation"); {@code according}, {@code vague} and
     * {@code credit} cues always count.
     */
    static boolean scoresCategory(String category) {
        return category.equals("speech") || category.equals("cognition") || category.equals("evidence")
                || category.equals("statement");
    }

    /** True when the lower-cased word {@code w} is a candidate. */
    boolean isCandidate(String w) {
        return candidates.contains(w);
    }

    /** Probability that the token with these context predicates is part of a cue. */
    double score(String[] context) {
        return model.eval(context)[cue];
    }

    /** A lexicon cue counts from this score of its first token. */
    public double keepCutoff() {
        return keepCutoff;
    }

    /** A candidate outside the lexicon counts from this score. */
    public double addCutoff() {
        return addCutoff;
    }

    /** SHA-256 over the model file's SHA-256 and the provenance (part of the feature-set hash). */
    public String sha256() {
        return sha256;
    }

    /** The provenance record. */
    public JsonNode provenance() {
        return provenance.deepCopy();
    }
}
