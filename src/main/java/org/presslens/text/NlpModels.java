package org.presslens.text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.presslens.core.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenNLP English models (sentence detector and part-of-speech tagger), loaded once from the classpath
 * (the {@code opennlp-models-*-en} jars: each holds a {@code model.properties} naming its {@code .bin}).
 * Immutable and shared by every thread; each thread makes its own {@link TextAnalyzer}. Never downloads.
 */
public final class NlpModels {
    private static final Logger LOG = LoggerFactory.getLogger(NlpModels.class);

    private final SentenceModel sentenceModel;
    private final POSModel posModel;
    private final String sentenceModelName;
    private final String posModelName;

    private NlpModels(SentenceModel sentenceModel, String sentenceModelName, POSModel posModel, String posModelName) {
        this.sentenceModel = sentenceModel;
        this.sentenceModelName = sentenceModelName;
        this.posModel = posModel;
        this.posModelName = posModelName;
    }

    /** Loads the sentence and POS models from the classpath (about 0.3 s); fails when a model jar is missing. */
    public static NlpModels load() {
        ClassLoader cl = NlpModels.class.getClassLoader();
        String sentence = findModel(cl, "-sentence-");
        String pos = findModel(cl, "-pos-");
        long t0 = System.nanoTime();
        try (InputStream s = open(cl, sentence); InputStream p = open(cl, pos)) {
            NlpModels m = new NlpModels(new SentenceModel(s), sentence, new POSModel(p), pos);
            LOG.debug("loaded OpenNLP models {} and {} in {} ms", sentence, pos, (System.nanoTime() - t0) / 1_000_000);
            return m;
        } catch (IOException e) {
            throw new ConfigException("cannot read OpenNLP model " + sentence + " / " + pos + ": " + e.getMessage(), e);
        }
    }

    private static String findModel(ClassLoader cl, String marker) {
        List<String> seen = new ArrayList<>();
        try {
            Enumeration<URL> props = cl.getResources("model.properties");
            while (props.hasMoreElements()) {
                URL u = props.nextElement();
                Properties p = new Properties();
                try (InputStream in = u.openStream()) {
                    p.load(in);
                }
                String name = p.getProperty("model.name", "");
                seen.add(name);
                if (name.contains(marker) && name.endsWith(".bin")) {
                    return name;
                }
            }
        } catch (IOException e) {
            throw new ConfigException("cannot list OpenNLP model.properties on the classpath: " + e.getMessage(), e);
        }
        throw new ConfigException("no OpenNLP model named *" + marker + "*.bin on the classpath (found " + seen
                + "); the opennlp-models-*-en jars must be on the classpath");
    }

    private static InputStream open(ClassLoader cl, String name) {
        InputStream in = cl.getResourceAsStream(name);
        if (in == null) {
            throw new ConfigException("OpenNLP model " + name + " is named in model.properties but missing from the classpath");
        }
        return in;
    }

    /** The sentence model (shared; create a {@code SentenceDetectorME} per thread). */
    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    /** The POS model (shared; create a {@code POSTaggerME} per thread). */
    public POSModel posModel() {
        return posModel;
    }

    /**
     * OpenNLP's English maxent tokenizer model ({@code opennlp-en-ud-ewt-tokens}), which presslens itself does not
     * use (its rule tokenizer is ~20× faster); loaded on demand for the plain-OpenNLP peer of {@code bench analyze}.
     */
    public static TokenizerModel tokenizerModel() {
        ClassLoader cl = NlpModels.class.getClassLoader();
        String name = findModel(cl, "-tokens-");
        try (InputStream in = open(cl, name)) {
            return new TokenizerModel(in);
        } catch (IOException e) {
            throw new ConfigException("cannot read OpenNLP model " + name + ": " + e.getMessage(), e);
        }
    }

    /** File names of the loaded models, for provenance ({@code run.json}). */
    public List<String> modelNames() {
        return List.of(sentenceModelName, posModelName);
    }
}
